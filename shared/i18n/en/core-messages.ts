// English messages of the blocks 'errors', 'validation', 'timeZonePicker', 'externalLink', 'duplicateName', 'passwordRules'. Spread into en.ts.

export const errors = {
  VALIDATION_FAILED: 'Some fields need attention.',
  UNKNOWN_METHOD: 'The app asked for something it does not know. Please restart Circlekeeper.',
  NOT_AUTHENTICATED: 'Please sign in.',
  FORBIDDEN: 'Your account is not allowed to do this.',
  LOCKED: 'Circlekeeper is locked. Sign in to continue.',
  NOT_SET_UP: 'Circlekeeper has not been set up yet.',
  ALREADY_SET_UP: 'Circlekeeper is already set up on this computer.',
  WRONG_CREDENTIALS: 'That username or password is not right.',
  TOO_MANY_ATTEMPTS: 'Too many wrong attempts. Try again in {{seconds}} seconds.',
  ACCOUNT_DISABLED: 'This account has been disabled. Ask an administrator.',
  NOT_FOUND: 'That record no longer exists.',
  CONFLICT: 'This change conflicts with existing data.',
  SCHEMA_TOO_NEW:
    'This data was saved by a newer version of Circlekeeper. Install the newer version to open it.',
  DATA_DIR_PROBLEM: 'Circlekeeper cannot read or write its data folder.',
  KEY_FILE_PROBLEM:
    "The data folder holds Circlekeeper's database, but its key file (keyslots.json) is missing, damaged or from another data folder, so nobody can sign in. Nothing has been changed. Put this folder's own keyslots.json back from a copy, or restore a backup.",
  DATA_DIR_IN_USE:
    'Circlekeeper is already running with this data folder. Switch to that window, or close it first.',
  DATA_DIR_MISSING:
    'The data folder does not exist or cannot be reached. Check that the drive is connected and the folder name is right.',
  DATA_DIR_NOT_A_FOLDER:
    'The data folder path points to a file, not a folder. Choose a folder instead.',
  DATABASE_CORRUPT:
    'The database file is damaged. Nothing more has been written to it. Restore the latest backup, or ask for help before changing anything.',
  DISK_FULL: 'The disk is full, so nothing was saved. Free some space, then try again.',
  READ_ONLY:
    "The data folder cannot be written to (it is read-only). Nothing was saved. Check the folder's permissions or the drive's write protection.",
  PORT_IN_USE:
    'Another program is already using that port. Choose another port, or leave it out to pick a free one.',
  BACKUP_NOT_A_BACKUP:
    'This file is not a Circlekeeper backup. Choose a file whose name ends in .ckbackup.',
  BACKUP_DAMAGED:
    'This backup file is damaged or incomplete (it may have been cut short when a drive was pulled out). Nothing was changed. Use another backup.',
  BACKUP_TOO_NEW:
    'This backup was made by a newer version of Circlekeeper. Nothing was changed. Install the newer version to restore it.',
  BACKUP_VERIFY_FAILED:
    'The backup was written but did not read back correctly, so it was removed. Nothing else was changed. Try another drive.',
  BACKUP_TARGET_MISSING:
    'The backup drive or folder cannot be found. Check that the USB drive is plugged in, then try again.',
  DUPLICATE_NAME: 'Another record already has this name.',
  INTERNAL: 'Something went wrong. Nothing was changed. Please try again.',
  NETWORK: 'Circlekeeper is not responding. Please restart it.',
  STALE_ADDRESS:
    'This address is from an earlier start of Circlekeeper, or it is incomplete. Open the address Circlekeeper printed when it started, or start it again.',
  wrongRecoveryKey:
    'That recovery key does not open this data. Check it against the printed sheet.',
  notAdmin: 'Only an administrator account can be reset with the recovery key.',
  locationInUse: 'This location is used by {{count}} groups. Move them first.',
  duplicateGroupName: 'A group called “{{name}}” already exists.',
  duplicateLocationName: 'A location called “{{name}}” already exists.',
  duplicateTrainingName: 'A training called “{{name}}” already exists.',
  duplicateResourceName: 'A resource called “{{name}}” is already on the sheet.',
  eraseNameMismatch: 'Type the volunteer’s name exactly as shown to confirm.',
  volunteerErased:
    'This volunteer’s personal data has been erased; the record can no longer be changed.',
  trainingRetired: 'This training is retired: restore it before recording completions.',
  volunteerInactive:
    'This volunteer is inactive. Reactivate them before giving them a place in a group.',
  facilitatorAlreadyAssigned: 'This volunteer already facilitates this group.',
  leadNotReady:
    'This volunteer is not ready to lead. Choose co-facilitator or backup, or write the reason for the override.',
  notYourGroup: 'You can only see the groups you facilitate.',
  duplicateUsername: 'That username is already taken.',
  wrongBackupSecret:
    'That password or recovery key does not open this backup. Use an administrator password that was valid when the backup was made, or the recovery key of that time.',
  backupTargetFull:
    'The backup drive is full, so no backup was saved. Free some space on it or use another drive.',
  backupTargetReadOnly:
    'The backup drive cannot be written to (it is read-only or write-protected). No backup was saved. Use another drive or folder.',
  backupFileMissing: 'The backup file cannot be found. Check that the drive is plugged in.',
  notAFolder: 'This is not a folder that can be opened.',
  safetyCopyMissing: 'That safety copy no longer exists.',
  lastActiveAdmin:
    'This is the only active administrator. Make another account an administrator first, so someone can still manage accounts and backups.',
  userAlreadyActive: 'This account is already active.',
  volunteerNotLinkable:
    'That volunteer no longer exists, or their personal data was erased. Choose another volunteer.',
  volunteerAlreadyLinked: 'That volunteer is already linked to another account.',
  userDisabledNoReset: 'This account is disabled. Enable it instead: that sets a new password.',
  notEncrypted: 'The database file is not encrypted. Circlekeeper refuses to open it.',
} as const;

export const validation = {
  backupFileName: 'Use a file name that ends in .ckbackup, without slashes.',
  absolutePath: 'Give a full folder path, such as /media/usb or E:\\.',
  required: 'This field is required.',
  invisibleOnly:
    'Type a name with letters or numbers: spaces and invisible characters alone do not count.',
  tooShort: 'Use at least {{minimum}} characters.',
  tooLong: 'Use at most {{maximum}} characters.',
  tooSmall: 'Use {{minimum}} or more.',
  tooLarge: 'Use {{maximum}} or less.',
  tooMany: 'Choose at most {{maximum}}.',
  invalidType: 'This value is missing or of the wrong kind.',
  invalidChoice: 'Choose one of the options.',
  invalidFormat: 'This is not in the expected format.',
  unknownField: 'This form has a field the app does not know: {{keys}}.',
  invalid: 'This value is not valid.',
  date: 'Enter a date as YYYY-MM-DD.',
  time: 'Enter a time as HH:MM (24-hour).',
  email: 'Enter an email address like name@example.org.',
  phone: 'Use digits, spaces, +, -, ( and ) only.',
  url: 'Enter a web address starting with https://',
  timeZone: 'Choose a time zone from the list.',
  region: 'Choose a region from the list.',
  languageCode: 'Use language codes such as en, es or ar.',
  rrule: 'This schedule is not one Circlekeeper understands.',
  endBeforeStart: 'The end date must be on or after the start date.',
  periodTooLong: 'A report covers at most three years. Choose a later start or an earlier end.',
  newcomersAboveHeadcount: 'Newcomers cannot be more than the headcount.',
  rangeTooLong: 'Choose a period of one year at most.',
  rotaTooLong: 'A rota covers three months (92 days) at most. Choose a shorter period.',
  onlineNeedsLink: 'Online and hybrid groups need a meeting link or a dial-in.',
  crisisLineNeedsPhone: 'A crisis line needs a phone number: it is printed to be called.',
  needsLocation: 'In-person and hybrid groups need a location.',
  username: 'Use lowercase letters, digits, dots, dashes or underscores.',
  weakPassword: 'This password does not meet the rules below.',
  passwordsDiffer: 'The two passwords are not the same.',
  expiryBeforeCheck: 'The expiry date must be on or after the check date.',
  endBeforeStartTime: 'The end time must be after the start time.',
} as const;

export const timeZonePicker = {
  thisComputer: 'This computer is set to {{zone}}.',
} as const;

export const externalLink = {
  title: 'Open this link in your web browser?',
  open: 'Open in browser',
} as const;

export const duplicateName = {
  question: 'Save anyway? Two with the same name are easy to mix up.',
  saveAnyway: 'Save anyway',
  goBack: 'Go back',
} as const;

export const passwordRules = {
  length: 'At least 10 characters',
  notUsername: 'Does not contain the username',
  notCommon: 'Is not a common password',
  notRepeated: 'Uses more than three different characters',
} as const;
