// `circlekeeper <command>`: setup and maintenance for IT staff and scripted installs.
import { parseArgs } from 'node:util';
import { keepMemoryOutOfCoreDumps } from '../core-dumps';
import { resolveDataDir } from '../data-dir';
import { assertDataFolderUsable } from '../data-folder-check';
import { toAppError } from '../low-level-errors';
import {
  dbKeyCommand,
  demoDataCommand,
  initCommand,
  serveCommand,
  type CommandOptions,
} from './commands';
import { auditVerifyCommand } from './audit-verify-command';
import { importCommand } from './import-command';
import { backupCommand, restoreCommand, verifyBackupCommand } from './backup-commands';
import { exportCommand } from './export-commands';
import { COMMAND_OPTIONS, commandHelp, generalHelp, type CommandName } from './help';
import { CliError, say } from './io';

const COMMANDS: Record<CommandName, (options: CommandOptions) => Promise<void>> = {
  init: initCommand,
  serve: serveCommand,
  'demo-data': demoDataCommand,
  'db-key': dbKeyCommand,
  'audit-verify': auditVerifyCommand,
  backup: backupCommand,
  'verify-backup': verifyBackupCommand,
  restore: restoreCommand,
  import: importCommand,
  export: exportCommand,
};

const OPTIONS = {
  'data-dir': { type: 'string' },
  org: { type: 'string' },
  admin: { type: 'string' },
  'display-name': { type: 'string' },
  timezone: { type: 'string' },
  language: { type: 'string' },
  port: { type: 'string' },
  size: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
const flagOf = (option: string) => `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${say('cli.usage')}`, 2);
  }
  // `circlekeeper help init` reads like `circlekeeper init --help`.
  const positionals =
    parsed.positionals[0] === 'help' ? parsed.positionals.slice(1) : parsed.positionals;
  const isHelp = parsed.values.help === true || parsed.positionals[0] === 'help';
  const [commandName] = positionals;
  if (!commandName) {
    process.stdout.write(`${generalHelp()}\n`);
    return;
  }
  if (!isCommandName(commandName)) {
    throw new CliError(
      `${say('cli.unknownCommand', { command: commandName })}\n${generalHelp()}`,
      2,
    );
  }
  if (isHelp) {
    process.stdout.write(`${commandHelp(commandName)}\n`);
    return;
  }
  const { help: _help, force, 'dry-run': dryRun, ...values } = parsed.values;
  const allowed = new Set<string>(COMMAND_OPTIONS[commandName].map(flagOf));
  const stray = Object.keys(parsed.values)
    .map((option) => `--${option}`)
    .find((flag) => flag !== '--help' && !allowed.has(flag));
  if (stray) {
    throw new CliError(
      `${say('cli.unknownOption', { option: stray, command: commandName })}\n\n${commandHelp(commandName)}`,
      2,
    );
  }
  const dataDir = resolveDataDir(values['data-dir']);
  assertDataFolderUsable(dataDir);
  await COMMANDS[commandName]({
    dataDir,
    values,
    isForced: force === true,
    isDryRun: dryRun === true,
    args: positionals.slice(1),
  });
}

keepMemoryOutOfCoreDumps();
main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError) {
      if (error.message) process.stderr.write(`${error.message}\n`);
      process.exit(error.exitCode);
    }
    // A port in use or a full disk is told as such; only the unexplained is "went wrong".
    const meaning = toAppError(error);
    if (meaning) {
      process.stderr.write(`${say(meaning.messageKey, meaning.params)}\n`);
      process.exit(1);
    }
    process.stderr.write(`${say('errors.INTERNAL')}\n`);
    process.exit(1);
  },
);
