import { say } from './io';

/** Each command's options, in the order its help lists them. */
export const COMMAND_OPTIONS = {
  init: ['org', 'admin', 'displayName', 'timezone', 'language', 'dataDir'],
  serve: ['port', 'dataDir'],
  'demo-data': ['size', 'admin', 'force', 'dataDir'],
  'db-key': ['dataDir'],
} as const;

export type CommandName = keyof typeof COMMAND_OPTIONS;

/** Catalogue keys are camelCase; command names are what people type. */
const catalogueName = (command: CommandName) =>
  command.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function optionLines(options: readonly string[]): string[] {
  const rows = [...options, 'help'].map((option) => [
    say(`cliHelp.options.${option}.flag`),
    say(`cliHelp.options.${option}.text`),
  ]);
  const width = Math.max(...rows.map(([flag]) => flag!.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag!.padEnd(width)}${text}`);
}

/** `circlekeeper <command> --help`: what it does, its options and one example. */
export function commandHelp(command: CommandName): string {
  const name = catalogueName(command);
  return [
    `${say('cliHelp.usageTitle')} ${say(`cliHelp.commands.${name}.usage`)}`,
    '',
    say(`cliHelp.commands.${name}.summary`),
    '',
    say('cliHelp.optionsTitle'),
    ...optionLines(COMMAND_OPTIONS[command]),
    '',
    say('cliHelp.exampleTitle'),
    `  ${say(`cliHelp.commands.${name}.example`)}`,
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
      (command) =>
        `  ${command.padEnd(width)}${say(`cliHelp.commands.${catalogueName(command)}.oneLine`)}`,
    ),
    '',
    say('cliHelp.more'),
  ].join('\n');
}
