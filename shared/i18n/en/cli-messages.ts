// English messages of the blocks 'cli', 'cliHelp'. Spread into en.ts.

export const cli = {
  usage:
    'Usage: circlekeeper <init|serve|demo-data|db-key|audit-verify|backup|verify-backup|restore> [options]',
  passwordPrompt: 'Password: ',
  recoveryKeyPrompt: 'Recovery key: ',
  initDone: 'Circlekeeper is set up in {{dataDir}}.',
  recoveryKeyLine: 'Recovery key: {{key}}',
  recoveryKeyAdvice:
    'Write this key down or print it and keep it somewhere safe. It is shown only once.',
  serving: 'Circlekeeper is running. Open this address in a browser:',
  demoDone: 'Added demo data: {{locations}} locations and {{groups}} groups.',
  demoPeopleDone:
    'Added {{volunteers}} volunteers with training, checks and facilitator roles, and the demo accounts {{users}} (same password as yours).',
  demoSessionsDone:
    'Added {{sessions}} past sessions ({{recorded}} recorded), {{closures}} closures, {{participants}} roster participants and {{incidents}} incidents filed by {{facilitators}}.',
  dbKeyWarning:
    'WARNING: this is the raw key of the database. Anyone with it and the file can read every record. Do not save it to a file or share it.',
  unknownCommand: 'Unknown command: {{command}}',
  missingOption: 'Missing option: {{option}}',
  badOption: 'Bad value for {{option}}: {{value}}',
  unknownOption: 'The {{command}} command has no option {{option}}.',
  passwordAgainPrompt: 'Type the password again: ',
  passwordsDiffer: 'The two passwords are not the same. Nothing was set up: run the command again.',
  expectedOneOf: 'Use one of: {{values}}.',
  expectedPort: 'Use a port number from 1 to 65535, or leave --port out to pick a free one.',
  expectedTimeZone:
    'Use a time zone name from the IANA list, such as Europe/London or America/Mexico_City.',
  weakPassword: 'The password does not meet these rules:',
  ruleNotMet: 'not met',
  demoHasData:
    'This data folder already has {{locations}} locations and {{groups}} groups. Demo data would be mixed with real records, so nothing was added. Add --force to add it anyway.',
  backupFileArgument: '<file> (the backup file)',
  backupDone: 'Backup written and verified: {{file}} ({{counts}}; {{size}} bytes).',
  backupVerified: 'The backup is complete and opens: {{file}}',
  backupDescription:
    'Made {{createdAt}} on {{device}} (Circlekeeper {{version}}): {{counts}}; {{size}} bytes.',
  restoreDone:
    'Restored into {{dataDir}}. Everyone signs in again with the passwords of the backup.',
  restoreNeedsAdmin:
    'This data folder already holds data: give --admin with an administrator username, whose password opens both this data and the backup.',
  auditVerified: 'The audit log verifies: {{count}} entries.',
  auditBroken: 'The audit log does not verify ({{checked}} entries checked).',
} as const;

export const cliHelp = {
  usageTitle: 'Usage:',
  commandsTitle: 'Commands:',
  optionsTitle: 'Options:',
  exampleTitle: 'Example:',
  more: 'Run circlekeeper <command> --help to see its options and an example.',
  values: {
    name: 'name',
    username: 'username',
    zone: 'zone',
    file: 'file',
    folder: 'folder',
    number: 'number',
    options: 'options',
  },
  exampleOrganisation: 'Riverside Community Centre',
  commands: {
    init: {
      oneLine: 'Set up Circlekeeper in a new data folder',
      summary:
        'Sets up Circlekeeper in a new, empty data folder: the organisation, its first administrator and the recovery key. Asks for the password twice (from a pipe: the first two lines). Prints the recovery key once: write it down or print it.',
    },
    serve: {
      oneLine: 'Run Circlekeeper for a web browser on this computer',
      summary:
        'Runs Circlekeeper and prints an address to open in a web browser on this computer. Stop it with Ctrl+C. The address changes each time: after a restart, open the new one.',
    },
    demoData: {
      oneLine: 'Fill an empty centre with made-up groups, locations and volunteers',
      summary:
        'Adds made-up locations, groups, volunteers with training and checks, and facilitators, for trying Circlekeeper out (small: 40 volunteers; large: 5,000). Also adds the accounts office-admin (admin), coordinator and facilitator (linked to a volunteer who leads a group), with the password of the administrator who runs it. Asks for that password. Refuses a data folder that already has groups or locations, unless --force is given.',
    },
    dbKey: {
      oneLine: 'Print the raw database key (for data rescue)',
      summary:
        'Asks for the recovery key and prints the raw key of the database, so that SQLCipher tools can open the file (see docs/SECURITY.md). Anyone with this key and the file can read every record.',
    },
    auditVerify: {
      oneLine: 'Check that the audit log has not been tampered with',
      summary:
        'Asks for an administrator password and checks every entry of the audit log against the one before it. Exits with 0 when the log verifies; otherwise names the first entry where it breaks and exits with 1. The check is itself logged.',
    },
    backup: {
      oneLine: 'Write a verified backup to a USB drive or folder',
      summary:
        'Writes an encrypted backup file to the folder (or file ending in .ckbackup) given with --to, then reads it back to check it. Asks for the password of an administrator or coordinator. Keeps the 10 newest backups in that folder.',
    },
    verifyBackup: {
      oneLine: 'Check that a backup file is complete and opens',
      summary:
        'Checks every byte of a backup file and opens it, changing nothing. Asks for the password of the --admin given, or else for the recovery key, as they were when the backup was made.',
    },
    restore: {
      oneLine: 'Restore a backup into a data folder',
      summary:
        'Restores a backup file. Into an empty data folder it sets up this computer from the backup (asks for the recovery key, or the password of the --admin given). Over existing data it keeps that data as a safety copy first, and needs --admin.',
    },
  },
  options: {
    org: 'The organisation name (required).',
    admin: 'The administrator username.',
    displayName: 'The name others see. Default: the username.',
    timezone: "An IANA time zone such as Europe/London. Default: this computer's.",
    language: 'Language for printed materials. Default: en.',
    port: 'The port to listen on. Default: any free port.',
    size: 'How much demo data. Default: small.',
    to: 'Where to write the backup: a folder (such as a USB drive) or a file ending in .ckbackup.',
    force: 'Add demo data even if the folder already has data.',
    dataDir: "The data folder. Default: CIRCLEKEEPER_DATA_DIR, or this user's Circlekeeper folder.",
    help: 'Show this help.',
  },
} as const;
