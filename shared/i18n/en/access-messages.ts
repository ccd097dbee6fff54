// English messages of the blocks 'notFound', 'notAllowed', 'setup', 'recoveryKey', 'recoverySheet', 'login', 'publicPrinting', 'lock', 'keyFileProblem', 'recover'. Spread into en.ts.

export const notFound = {
  title: 'Page not found',
  intro: 'This page does not exist, or it has moved.',
  backToDashboard: 'Go to the dashboard',
} as const;

export const notAllowed = {
  title: 'Not allowed',
  intro: 'This page is not available to your account.',
  account:
    'Your account is a {{role}} account. It can open only the screens for that role: a facilitator account sees the groups it facilitates.',
  whatToDo: 'If you need this page, ask an administrator.',
  backToDashboard: 'Go to the dashboard',
} as const;

export const setup = {
  title: 'Welcome to Circlekeeper',
  intro: 'A few details to get started. Everything you enter stays on this computer, encrypted.',
  organisationSection: 'Your organisation',
  organisationName: 'Organisation name',
  timeZone: 'Time zone',
  timeZoneHint: 'Meeting times are kept in this time zone.',
  language: 'Language',
  languageHint: 'Used for printed materials. Each person can still choose their own.',
  adminSection: 'First administrator account',
  adminIntro:
    'This person can do everything, including adding accounts for other staff and volunteers.',
  username: 'Username',
  usernameHint: 'Lowercase letters and digits, for example maria.lopez',
  displayName: 'Display name',
  displayNameHint: 'The name others see, for example María López',
  password: 'Password',
  confirmPassword: 'Confirm password',
  submit: 'Set up Circlekeeper',
} as const;

export const recoveryKey = {
  title: 'Your recovery key',
  intro: 'Print this key or write it down now, before you continue.',
  whatItDoes: 'This key opens your data if every password is lost or forgotten.',
  keepItSafe: 'Keep it on paper, somewhere safe and locked, away from this computer.',
  shownOnce: 'It is shown only this once. Circlekeeper cannot show it again.',
  pdfNote: 'Save the PDF only to a USB stick you keep locked away, never on this computer.',
  confirm: 'I have printed or written down this key',
  checkTitle: 'Check your copy of the key',
  checkIntro:
    'Type the key from your paper copy, without looking at the screen. This proves the copy is complete and right before you need it.',
  checkField: 'Recovery key from your paper copy',
  checkSubmit: 'Check the key',
  showAgain: 'Show the key again',
  checkLater: 'Check it later',
  confirmed: 'The recovery key is confirmed: your paper copy opens this data.',
} as const;

export const recoverySheet = {
  title: 'Circlekeeper recovery sheet',
  organisation: 'Organisation',
  date: 'Date',
  administrator: 'Administrator username',
  keyLabel: 'Recovery key',
  keepSafe: 'Keep it somewhere safe, not with the computer.',
  instructionsTitle: 'How to use this key',
  step1:
    'Keep this sheet somewhere safe and locked. Anyone with this key and the computer can open all the data.',
  step2:
    'If every password is lost, open Circlekeeper and choose “Forgot your password? Use the recovery key”.',
  step3:
    'Type the key as printed (spaces, dashes and capital letters do not matter), the administrator’s username and a new password.',
  step4: 'Do not keep a copy of this key on the computer, and never send it by email.',
} as const;

export const login = {
  title: 'Sign in',
  intro: 'Sign in with your Circlekeeper account.',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  forgotPassword: 'Forgot your password? Use the recovery key',
  publicPrinting: 'Public printing: flyers, meeting list and calendar, no password needed',
} as const;

export const publicPrinting = {
  title: 'Public printing',
  intro:
    'Print what reception hands out: group flyers, the meeting list, the monthly calendar and the referral sheet. Nothing private is shown here.',
  choose: 'What would you like to print?',
  backToSignIn: 'Back to sign-in',
  offTitle: 'Public printing is off',
  offText: 'An administrator can turn it on in Settings, under Public printing.',
  unreadableTitle: 'The public list cannot be read',
  unreadableText: 'Ask a member of staff to sign in: signing in writes the list again.',
  emptyTitle: 'No groups are listed publicly yet',
  emptyText:
    'A coordinator can tick “List this group publicly” on a group’s edit screen; it then appears here.',
} as const;

export const lock = {
  title: 'Circlekeeper is locked',
  intro: 'Locked by {{username}}. Type your password to carry on where you left off.',
  password: 'Password',
  submit: 'Unlock',
  someoneElse: 'Sign in as someone else',
} as const;

export const keyFileProblem = {
  title: 'The key file is missing or damaged',
  intro:
    "This computer's Circlekeeper data folder holds the database, but its key file (keyslots.json) is missing, damaged or belongs to another data folder. Without it nobody can sign in, and Circlekeeper will not set up anew over your data.",
  nothingChanged: 'Nothing has been changed or deleted. Your records are still in the database.',
  whatToDo: 'What to do',
  putBack:
    'If you have a copy of keyslots.json (on a USB stick or in a copy of the data folder), put it back in the data folder, then press Check again.',
  restore:
    'If you have no copy, restore the latest Circlekeeper backup with the recovery key or an administrator password.',
  askForHelp:
    'Not sure? Ask the person who looks after this computer before changing anything in the data folder.',
  checkAgain: 'Check again',
} as const;

export const recover = {
  title: 'Use the recovery key',
  intro:
    'Type the key from the printed recovery sheet and choose a new password for an administrator account.',
  recoveryKey: 'Recovery key',
  recoveryKeyHint: 'Spaces, dashes and capital letters do not matter.',
  username: 'Administrator username',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
  submit: 'Set new password and sign in',
  backToSignIn: 'Back to sign in',
} as const;
