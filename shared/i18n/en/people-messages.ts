// English messages of the blocks 'trainings', 'readiness', 'facilitators', 'pager'. Spread into en.ts.

export const trainings = {
  title: 'Trainings',
  intro: 'The trainings your facilitators need, how long each stays valid, and who must have it.',
  new: 'New training',
  newTitle: 'New training',
  editTitle: 'Edit {{name}}',
  editNamed: 'Edit {{name}}',
  save: 'Save training',
  tableCaption: 'Trainings ({{count}})',
  emptyTitle: 'No trainings yet',
  emptyText:
    'Add the trainings your facilitators need, such as Safeguarding or First aid. Say how long each stays valid, and whether leads or co-facilitators must have it.',
  neverExpires: 'Never expires',
  validForMonths_one: '{{count}} month',
  validForMonths_other: '{{count}} months',
  inUse: 'In use',
  retired: 'Retired',
  retire: 'Retire',
  restore: 'Restore',
  retireNamed: 'Retire {{name}}',
  restoreNamed: 'Restore {{name}}',
  retireTitle: 'Retire {{name}}?',
  restoreTitle: 'Restore {{name}}?',
  retireText:
    'It will no longer be offered for new completions, and no volunteer needs it to be ready. You can restore it at any time.',
  restoreText: 'It will be offered again and, if it is required, count towards readiness again.',
  completionsKept: 'Completions already recorded ({{count}}) are kept on each volunteer’s record.',
  fields: {
    name: 'Name',
    description: 'Description',
    validityMonths: 'Valid for (months)',
    isRequiredForLead: 'Required for lead facilitators',
    isRequiredForCo: 'Required for co-facilitators',
  },
  hints: {
    name: 'For example: Safeguarding, First aid, Trauma-informed facilitation.',
    description: 'Optional. What it covers, or who runs it.',
    validityMonths:
      'How many months a completion stays valid, for example 12 or 36. Leave empty if it never expires.',
    isRequiredForLead: 'Lead facilitators need it to be ready.',
    isRequiredForCo: 'Co-facilitators and leads need it to be ready.',
  },
  columns: {
    validity: 'Valid for',
    requiredForLead: 'Required for lead',
    requiredForCo: 'Required for co',
    completions: 'Completions',
    status: 'Status',
  },
} as const;

export const readiness = {
  state: { ready: 'Ready', expiring: 'Expiring soon', not_ready: 'Not ready' },
  status: {
    not_active: 'Not an active volunteer.',
    erased: 'Personal data erased.',
  },
  backgroundCheck: {
    not_started: 'Background check not started.',
    pending: 'Background check still pending.',
    not_cleared: 'Background check not cleared.',
    expired: 'Background check expired on {{date}}.',
    expiring: 'Background check expires on {{date}}.',
  },
  training: {
    missing: '{{name}}: not completed.',
    expired: '{{name}} expired on {{date}}.',
    expiring: '{{name}} expires on {{date}}.',
  },
} as const;

export const facilitators = {
  title: 'Facilitators',
  intro: 'Who leads this group, who co-facilitates and who can step in.',
  contactsIntro: 'The people who run this group with you.',
  add: 'Add facilitator',
  empty: 'Nobody facilitates this group yet. Add a lead and a co-facilitator.',
  emptyContacts: 'No other facilitators are listed for this group yet.',
  columns: {
    name: 'Name',
    phone: 'Phone',
    role: 'Role',
    readiness: 'Readiness',
    actions: 'Actions',
  },
  overrideNote: 'Lead despite not being ready: {{reason}}',
  addTitle: 'Add a facilitator',
  changeTitle: 'Change role of {{name}}',
  changeRole: 'Change role',
  changeRoleNamed: 'Change role of {{name}}',
  remove: 'Remove',
  removeNamed: 'Remove {{name}}',
  removeTitle: 'Remove {{name}} from this group?',
  removeText: 'They will no longer be listed as a facilitator of this group.',
  fields: {
    volunteer: 'Volunteer',
    role: 'Role',
    overrideReason: 'Reason for the override',
  },
  hints: {
    volunteer: 'Type part of a name, phone or email.',
    overrideReason:
      'Why this person should lead although they are not ready. Kept with the assignment.',
  },
  noMatches: 'No active volunteer matches.',
  readinessFor: 'Readiness for this role',
  notReadyWarning:
    '{{name}} is not ready for this role. You can still add them as co-facilitator or backup; fix what is listed soon.',
  notReadyLead:
    '{{name}} is not ready to lead. To make them lead anyway, write the reason for the override.',
  expiringWarning: '{{name}} is ready, but something expires soon.',
  addedNotReady: '{{name}} was added, but is not ready for this role yet.',
  save: 'Save',
} as const;

export const pager = {
  previous: 'Previous page',
  next: 'Next page',
  pageOf: 'Page {{page}} of {{pages}}',
} as const;
