// English messages of the blocks 'backup', 'restore', 'databaseDamaged'. Spread into en.ts.

export const backup = {
  title: 'Backup',
  intro:
    'Copy everything to a USB drive. Keep the drive somewhere safe and locked, away from this computer.',
  whereHeading: 'Where to save it',
  targetLabel: 'Drive or folder',
  targetKind: {
    removable: '{{label}} · {{free}} free',
    lastUsed: '{{label}} (used last time) · {{free}} free',
    folder: '{{label}} · {{free}} free',
  },
  noDrives: 'No USB drive was found. Plug one in and open this page again, or choose a folder.',
  chooseFolder: 'Choose folder…',
  backUpNow: 'Back up now',
  savedAs: 'Saved as',
  verifiedAt: 'Verified ✓ {{when}}',
  counts: {
    groups_one: '{{count, number}} group',
    groups_other: '{{count, number}} groups',
    volunteers_one: '{{count, number}} volunteer',
    volunteers_other: '{{count, number}} volunteers',
    sessions_one: '{{count, number}} session',
    sessions_other: '{{count, number}} sessions',
    locations_one: '{{count, number}} location',
    locations_other: '{{count, number}} locations',
  },
  phase: {
    starting: 'Starting…',
    snapshot: 'Copying the data…',
    sealing: 'Sealing the backup file…',
    verifying: 'Checking the backup reads back correctly…',
    checking: 'Checking the copy…',
    restoring: 'Restoring…',
    done: 'Done.',
    failed: 'Stopped.',
  },
  progressLabel: { backup: 'Backup progress', restore: 'Restore progress' },
  keepOpen: 'Leave the drive plugged in and this window open until it finishes.',
  age: {
    never: 'No backup has been made from this computer yet.',
    today: 'Last verified backup: today. {{details}}',
    daysAgo_one: 'Last verified backup: yesterday. {{details}}',
    daysAgo_other: 'Last verified backup: {{count}} days ago. {{details}}',
    nag_one: 'Back up at least once a day, so a broken or stolen computer loses little.',
    nag_other:
      'Back up at least every {{count, number}} days, so a broken or stolen computer loses little.',
  },
  restoreHeading: 'Restore',
  restoreIntro:
    'Put back the data from a backup file. The data on this computer now is kept as a safety copy first.',
  restoreLink: 'Restore from a backup…',
  settingsHeading: 'Backup settings',
  fields: {
    keepCount: 'Backups to keep on each drive',
    nagAfterDays: 'Remind after this many days without a backup',
  },
  hints: {
    keepCount:
      'Between {{min}} and {{max}}. Older backups on the drive are removed, never the newest.',
    nagAfterDays: 'Between {{min}} and {{max}}.',
  },
  saveSettings: 'Save backup settings',
  picker: {
    folderTitle: 'Choose a folder',
    fileTitle: 'Choose a backup file',
    current: 'Now in:',
    pathLabel: 'Folder path',
    go: 'Go',
    foldersLabel: 'Folders and files',
    up: '↑ Up one folder',
    noFolders: 'There are no folders in here.',
    noBackups: 'There are no backup files (.ckbackup) or folders in here.',
    useThisFolder: 'Use this folder',
  },
} as const;

export const restore = {
  title: 'Restore from a backup',
  intro: 'Choose a backup file, open it, check what is in it, then restore.',
  stepsLabel: 'Steps',
  stepOf: 'Step {{number}}: {{name}}',
  steps: { choose: 'choose the file', unlock: 'open it', confirm: 'check and restore' },
  chooseHeading: 'Choose the backup file',
  chooseIntro:
    'Plug in the drive with the backup, then choose the file. Its name ends in .ckbackup.',
  chooseFile: 'Choose file…',
  chosenFile: 'Chosen:',
  unlockHeading: 'Open the backup',
  unlockIntro:
    'Use an administrator’s username and password that were valid when the backup was made, or the recovery key of that time.',
  secretKind: 'Open it with',
  withPassword: 'An administrator’s password',
  withRecoveryKey: 'The recovery key',
  recoveryKey: 'Recovery key',
  recoveryKeyHint: 'The 32 letters and digits printed on the recovery key sheet.',
  open: 'Open the backup',
  back: 'Back',
  confirmHeading: 'Check what is in this backup',
  preview: {
    createdAt: 'Made on',
    contents: 'Contents',
    size: 'Size',
    deviceLabel: 'Made on the computer',
    appVersion: 'Circlekeeper version',
  },
  replaceWarning:
    'Restoring replaces all the data on this computer with the data in the backup. The data here now is kept as a safety copy first, and can be restored in turn. Everyone will need to sign in again.',
  newComputerNote:
    'This computer will be set up with the data in the backup. Afterwards, sign in with an account from the backup.',
  restoreNow: 'Restore now',
  done: 'The restore worked: the data is now as it was on {{when}}. Sign in again.',
  safetyHeading: 'Safety copies',
  safetyIntro: 'The data as it was just before each restore.',
  safetyNone: 'No safety copies yet: one is made before every restore.',
  safetyMadeAt: 'Kept on',
  safetyRestore: 'Restore this copy',
  safetyConfirmTitle: 'Restore the safety copy kept on {{when}}?',
  newComputerTitle: 'Set up this computer from a backup',
  newComputerIntro: 'For a new computer taking over from an old one, or after a computer was lost.',
  startFreshInstead: 'Start fresh instead',
  movingHere: 'Moving from another computer, or replacing a lost one?',
  fromBackup: 'Restore from a backup',
} as const;

export const databaseDamaged = {
  title: 'The database is damaged',
  forAdmin:
    'Circlekeeper checked its database when you signed in and found damage (often a failing disk or a power cut). Do not keep entering data: it may not be saved. Restore the latest backup, then check the records entered since that backup.',
  forOthers:
    'Circlekeeper checked its database when you signed in and found damage. Do not keep entering data: it may not be saved. Tell an administrator now.',
} as const;
