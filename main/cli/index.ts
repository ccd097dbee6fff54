// `circlekeeper <command>`: setup and maintenance for IT staff and scripted installs.
import { parseArgs } from 'node:util';
import { AppError } from '../app-error';
import { keepMemoryOutOfCoreDumps } from '../core-dumps';
import { resolveDataDir } from '../data-dir';
import {
  dbKeyCommand,
  demoDataCommand,
  initCommand,
  serveCommand,
  type CommandOptions,
} from './commands';
import { CliError, say } from './io';

const COMMANDS: Record<string, (options: CommandOptions) => Promise<void>> = {
  init: initCommand,
  serve: serveCommand,
  'demo-data': demoDataCommand,
  'db-key': dbKeyCommand,
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
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${say('cli.usage')}`, 2);
  }
  const [commandName] = parsed.positionals;
  if (!commandName || parsed.values.help) {
    process.stdout.write(`${say('cli.usage')}\n`);
    return;
  }
  const command = COMMANDS[commandName];
  if (!command) {
    throw new CliError(
      `${say('cli.unknownCommand', { command: commandName })}\n${say('cli.usage')}`,
      2,
    );
  }
  const { help: _help, ...values } = parsed.values;
  await command({ dataDir: resolveDataDir(values['data-dir']), values });
}

keepMemoryOutOfCoreDumps();
main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CliError) {
      if (error.message) process.stderr.write(`${error.message}\n`);
      process.exit(error.exitCode);
    }
    if (error instanceof AppError) {
      process.stderr.write(`${say(error.messageKey, error.params)}\n`);
      process.exit(1);
    }
    process.stderr.write(`${say('errors.INTERNAL')}\n`);
    process.exit(1);
  },
);
