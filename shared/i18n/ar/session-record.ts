import type { Catalogue } from '../en';

// Arabic messages of the 'sessionRecord' block (issue 12: still English until translated). Spread into ar.ts.
export const sessionRecord: Catalogue['sessionRecord'] = {
  errors: {
    notStarted: 'This session has not started yet. You can record it once it has started.',
    cancelled: 'This session was cancelled, so there is nothing to record. Restore it first.',
    overCapacity:
      'The headcount is more than the group’s capacity of {{capacity}}. Save it anyway if that many people came.',
    alreadyWithdrawn: 'This person has already withdrawn consent.',
  },
  validation: {
    notFacilitator: 'Hours can be recorded only for this session’s facilitators.',
    noRoster: 'This group keeps anonymous counts, so it has no attendance list.',
    notOnRoster: 'Someone ticked is not on this session’s roster.',
    withdrawalBeforeConsent: 'Consent cannot be withdrawn before the date it was given.',
    consentAfterWithdrawal: 'Consent must be given before the date it was withdrawn.',
  },
  section: {
    title: 'What happened',
    notYet: 'You can record this session once it has started.',
    cancelled: 'This session was cancelled, so there is nothing to record.',
    intro: 'Record how many came and the hours each facilitator gave. You can edit it later.',
    edit: 'Edit record',
    recordedOn: 'Recorded on {{date}}',
  },
  fields: {
    headcount: 'Headcount',
    newcomers: 'Newcomers',
    hoursFor: 'Hours for {{name}}',
    notes: 'Notes',
    attendance: 'Who came',
  },
  hints: {
    headcount: 'Everyone who came, newcomers included.',
    newcomers: 'People at their first meeting of this group.',
    hours: 'Preparation included. Starts at the session’s length.',
    notes: 'How the session went, for the next facilitator. No health details and no full names.',
    attendance: 'Only people on the roster with consent are listed.',
  },
  noFacilitators: 'Nobody facilitates this session, so there are no hours to record.',
  noRoster: 'Nobody is on this group’s roster yet. Add participants on the group’s page.',
  nobodyAttended: 'Nobody ticked',
  save: 'Save record',
  cancel: 'Cancel',
  overCapacity: {
    title: 'More people than the group’s capacity?',
    body: 'The headcount {{headcount}} is more than the capacity of {{capacity}}. Save it anyway if that many people came.',
    confirm: 'Save anyway',
    goBack: 'Go back',
  },
  details: {
    hours: 'Facilitator hours',
    hoursValue: '{{name}}: {{hours, number}} h',
    noHours: 'None recorded',
  },
  needsRecord: {
    title: 'Sessions that need a record',
    intro: 'Past sessions from the last 90 days that nobody has recorded yet.',
    empty: 'Every past session has its record. Well done.',
    columns: { group: 'Group', date: 'Date', time: 'Time', action: 'Action' },
    record: 'Record',
    recordNamed: 'Record {{group}} on {{date}}',
  },
  participants: {
    title: 'Participants',
    intro:
      'This group keeps a named roster. Use a first name or an alias only, and record the date each person gave consent.',
    empty: 'Nobody is on the roster yet. Add the first participant once they have given consent.',
    add: 'Add participant',
    addTitle: 'Add a participant',
    editTitle: 'Change {{name}}',
    withdrawTitle: 'Withdraw consent for {{name}}',
    withdrawIntro:
      '{{name}} leaves the roster of every session after this date. Attendance already recorded stays.',
    rename: 'Change',
    renameNamed: 'Change {{name}}',
    withdraw: 'Withdraw consent',
    withdrawNamed: 'Withdraw consent for {{name}}',
    showWithdrawn: 'Show people who withdrew consent',
    save: 'Save',
    confirmWithdraw: 'Withdraw consent',
    columns: {
      name: 'Name or alias',
      consentOn: 'Consent given',
      status: 'Status',
      actions: 'Actions',
    },
    onRoster: 'On the roster',
    withdrawnOn: 'Withdrew consent on {{date}}',
    fields: {
      name: 'First name or alias',
      consentOn: 'Consent given on',
      withdrawnOn: 'Withdrawn on',
    },
    hints: { name: 'A first name or an alias only, never a full name.' },
  },
};
