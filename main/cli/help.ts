import { say } from './io';

/** Each command's options, in the order its help lists them. */
export const COMMAND_OPTIONS = {
  init: ['org', 'admin', 'displayName', 'timezone', 'language', 'dataDir'],
  serve: ['port', 'dataDir'],
  'demo-data': ['size', 'admin', 'force', 'dataDir'],
  'db-key': ['dataDir'],
  'audit-verify': ['admin', 'dataDir'],
  backup: ['to', 'admin', 'dataDir'],
  'verify-backup': ['admin'],
  restore: ['admin', 'dataDir'],
  import: ['dryRun', 'admin', 'dataDir'],
  export: ['out', 'dataDir'],
} as const;

export type CommandName = keyof typeof COMMAND_OPTIONS;
type OptionName = (typeof COMMAND_OPTIONS)[CommandName][number] | 'help';

// How options and commands are written. A <word> is translated; a list such as <en|es> is
// typed as it is in every language, so it stays.
const OPTION_SYNTAX: Record<OptionName, string> = {
  org: '--org <name>',
  admin: '--admin <username>',
  displayName: '--display-name <name>',
  timezone: '--timezone <zone>',
  language: '--language <en|es>',
  port: '--port <number>',
  size: '--size <small|large>',
  force: '--force',
  dryRun: '--dry-run',
  to: '--to <folder>',
  out: '--out <file>',
  dataDir: '--data-dir <folder>',
  help: '-h, --help',
};

const REQUIRED: Record<CommandName, string> = {
  init: '--org <name> --admin <username>',
  serve: '',
  'demo-data': '',
  'db-key': '',
  'audit-verify': '',
  backup: '--to <folder>',
  'verify-backup': '<file>',
  restore: '<file>',
  import: 'volunteers <file>',
  export: '<ics|meeting-guide> --out <file>',
};

const EXAMPLES: Record<CommandName, string> = {
  init: 'circlekeeper init --org "{{organisation}}" --admin maria.lopez',
  serve: 'circlekeeper serve --port 8080',
  'demo-data': 'circlekeeper demo-data --size small --admin maria.lopez',
  'db-key': 'circlekeeper db-key --data-dir /media/usb/circlekeeper-data',
  'audit-verify': 'circlekeeper audit-verify --admin maria.lopez',
  backup: 'circlekeeper backup --to /media/maria/USB --admin maria.lopez',
  'verify-backup':
    'circlekeeper verify-backup /media/maria/USB/circlekeeper-2026-11-23-1405.ckbackup',
  restore:
    'circlekeeper restore --data-dir /srv/circlekeeper /media/maria/USB/circlekeeper-2026-11-23-1405.ckbackup',
  import: 'circlekeeper import volunteers --dry-run --admin maria.lopez volunteers.csv',
  export: 'circlekeeper export meeting-guide --out /var/www/meetings.json',
};

const translateWords = (syntax: string) =>
  syntax.replace(/<(\w+)>/g, (_, word: string) => `<${say(`cliHelp.values.${word}`)}>`);

/** Catalogue keys are camelCase; command names are what people type. */
const catalogueName = (command: CommandName) =>
  command.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

// Commands and options added by a feature keep their help in that feature's catalogue block.
const BLOCK_COMMAND_TEXTS: Partial<Record<CommandName, string>> = {
  import: 'importCsv.cliHelp',
  export: 'feeds.cli',
};
const BLOCK_OPTION_TEXTS: Partial<Record<OptionName, string>> = {
  dryRun: 'importCsv.cliHelp.dryRunOption',
  out: 'feeds.cli.outOption',
};
const commandTexts = (command: CommandName) =>
  BLOCK_COMMAND_TEXTS[command] ?? `cliHelp.commands.${catalogueName(command)}`;

function optionLines(options: readonly OptionName[]): string[] {
  const rows = [...options, 'help' as const].map((option) => [
    translateWords(OPTION_SYNTAX[option]),
    say(BLOCK_OPTION_TEXTS[option] ?? `cliHelp.options.${option}`),
  ]);
  const width = Math.max(...rows.map(([syntax]) => syntax!.length)) + 2;
  return rows.map(([syntax, text]) => `  ${syntax!.padEnd(width)}${text}`);
}

/** `circlekeeper <command> --help`: what it does, its options and one example. */
export function commandHelp(command: CommandName): string {
  const usage = ['circlekeeper', command, translateWords(REQUIRED[command])]
    .filter(Boolean)
    .join(' ');
  const example = EXAMPLES[command].replace('{{organisation}}', say('cliHelp.exampleOrganisation'));
  return [
    `${say('cliHelp.usageTitle')} ${usage} [${say('cliHelp.values.options')}]`,
    '',
    say(`${commandTexts(command)}.summary`),
    '',
    say('cliHelp.optionsTitle'),
    ...optionLines(COMMAND_OPTIONS[command]),
    '',
    say('cliHelp.exampleTitle'),
    `  ${example}`,
  ].join('\n');
}

/** `circlekeeper --help`: the commands, one line each. */
export function generalHelp(): string {
  const commands = Object.keys(COMMAND_OPTIONS) as CommandName[];
  const width = Math.max(...commands.map((c) => c.length)) + 2;
  return [
    say('cli.usage'),
    '',
    say('cliHelp.commandsTitle'),
    ...commands.map(
      (command) => `  ${command.padEnd(width)}${say(`${commandTexts(command)}.oneLine`)}`,
    ),
    '',
    say('cliHelp.more'),
  ].join('\n');
}
