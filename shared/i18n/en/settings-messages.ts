// English messages of the blocks 'settings', 'recoveryReminder', 'users', 'passwordSettings', 'recoveryKeySettings'. Spread into en.ts.

export const settings = {
  title: 'Settings',
  intro: 'Your organisation’s details, and when Circlekeeper locks itself.',
  organisationHeading: 'Organisation',
  autoLockHeading: 'Automatic lock',
  saveOrganisation: 'Save organisation',
  saveAutoLock: 'Save automatic lock',
  sessionHorizonHeading: 'Sessions ahead',
  saveSessionHorizon: 'Save sessions ahead',
  autoLockReadOnly:
    'Circlekeeper locks itself after {{minutes}} minutes without use. An administrator can change this.',
  fields: {
    name: 'Organisation name',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    timeZone: 'Time zone',
    defaultLanguage: 'Default language',
    paperSize: 'Paper size',
    dateRegion: 'Region for dates and times',
    idleLockMinutes: 'Lock after this many minutes without use',
    isPublicPrintingOn: 'Offer public printing on the sign-in screen',
    sessionHorizonWeeks: 'Plan sessions this many weeks ahead',
  },
  hints: {
    idleLockMinutes: 'Between {{min}} and {{max}}. On a shared computer, lock sooner.',
    sessionHorizonWeeks:
      'Between {{min}} and {{max}}. Each group’s sessions are listed this far ahead, and the list moves on by itself every day.',
    dateRegion: 'Everyone signed in sees times and dates written this way.',
    isPublicPrintingOn:
      'When this is off, the public list is deleted from this computer and the sign-in screen no longer offers it.',
  },
  thisComputersRegion: 'This computer’s region ({{example}})',
  publicPrintingHeading: 'Public printing',
  publicPrintingIntro:
    'Reception can print the public meeting list from the sign-in screen, with no password. It holds only groups listed publicly and the organisation’s contact details, never anything about people.',
  savePublicPrinting: 'Save public printing',
} as const;

export const recoveryReminder = {
  title: 'Check your recovery key',
  text: 'Nobody has checked the paper copy of the recovery key yet. If every password is lost, it is the only way back into your data.',
  action: 'Check the recovery key',
} as const;

export const users = {
  title: 'User accounts',
  intro: 'Who can sign in to Circlekeeper, and what each person may do.',
  new: 'New account',
  newTitle: 'New account',
  create: 'Create account',
  editTitle: 'Edit {{name}}',
  save: 'Save account',
  usernameStays:
    'Username: {{username}}. It is what this person types to sign in, so it cannot be changed.',
  tableCaption: 'User accounts ({{count}})',
  you: '(you)',
  active: 'Active',
  disabled: 'Disabled',
  noVolunteer: 'None',
  erasedVolunteer: 'A volunteer whose personal data was erased',
  findVolunteer: 'Find a volunteer by name',
  chooseVolunteer: 'Volunteer',
  moreVolunteers: '{{count}} volunteers match: type more of the name to find the right one.',
  onlyYouTitle: 'Only you have an account',
  onlyYouText:
    'Give every coordinator and facilitator an account of their own, so each person signs in as themselves and sees only what their role allows. Choose “New account” to add the first one.',
  columns: { name: 'Name', username: 'Username', volunteer: 'Volunteer' },
  fields: {
    username: 'Username',
    displayName: 'Name shown in Circlekeeper',
    role: 'Role',
    volunteer: 'Linked volunteer',
    status: 'Status',
    password: 'Password',
    confirmPassword: 'Confirm password',
    newPassword: 'New password',
    confirmNewPassword: 'Confirm new password',
  },
  hints: {
    username:
      'What they type to sign in: 3 to 40 lowercase letters, numbers, dots, dashes or underscores. It cannot be changed later.',
    displayName: 'Their name as colleagues know it.',
    password: 'Tell them this password in person. They can change it in Settings after signing in.',
    roleChange: 'A new role applies at once, even if they are signed in.',
    volunteer:
      'For a facilitator: the volunteer this person is, so Circlekeeper can show them their own groups.',
  },
  roleHints: {
    admin: 'Everything, including user accounts, backups and the audit log.',
    coordinator: 'Groups, volunteers, sessions, reports, incidents and backups.',
    facilitator: 'Their own groups’ sessions, attendance and notes.',
  },
  edit: 'Edit',
  editNamed: 'Edit {{name}}',
  reset: 'Reset password',
  resetNamed: 'Reset password for {{name}}',
  resetTitle: 'Reset the password of {{name}}',
  resetIntro:
    'Choose a new password and tell it to {{name}} in person. Their old password stops working at once; nothing else changes.',
  resetSubmit: 'Set new password',
  passwordReset: 'The password of {{name}} has been changed. Their old password no longer works.',
  disable: 'Disable',
  disableNamed: 'Disable {{name}}',
  disableTitle: 'Disable {{name}}?',
  disableText:
    '{{name}} will not be able to sign in. Their password is removed from this computer, so it no longer opens the data, not even from a copy of the files. Their records and history stay.',
  disableAgain: 'To let them back in later, enable the account and give it a new password.',
  disableSelf: 'This is your own account: you will be signed out at once.',
  enable: 'Enable',
  enableNamed: 'Enable {{name}}',
  enableTitle: 'Enable {{name}}',
  enableIntro:
    'The old password of {{name}} was removed when the account was disabled. Choose a new one and tell it to them in person.',
  enableSubmit: 'Enable account',
} as const;

export const passwordSettings = {
  heading: 'Your password',
  intro: 'Change the password you sign in with. Type your current password first.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
  submit: 'Change password',
  changed: 'Your password has been changed. Use the new one next time you sign in.',
} as const;

export const recoveryKeySettings = {
  heading: 'Recovery key',
  confirmed:
    'The paper copy of the recovery key has been checked. Keep it somewhere safe and locked, away from this computer.',
  unconfirmed: 'The recovery key has not been checked yet.',
  newHeading: 'Make a new recovery key',
  newIntro:
    'Do this if the paper copy is lost, or someone who should not have it may have seen it. The old key stops working at once: destroy the old paper copy.',
  currentPassword: 'Your current password',
  newSubmit: 'Make a new recovery key',
  newMade: 'A new recovery key has been made. The old key no longer works.',
} as const;
