// English messages of the 'cover' block (issue 10). Spread into en.ts.
export const cover = {
  section: {
    title: 'Who facilitates',
    introGroup:
      'By default the group’s facilitators lead each of its sessions. Changes made here apply to this session only.',
    contactsIntro: 'The people facilitating this session with you.',
    empty: 'Nobody facilitates this session yet. Choose a lead facilitator who is ready.',
    emptyContacts: 'Nobody is named to facilitate this session yet. Ask your coordinator.',
    change: 'Change facilitators',
    reset: 'Use the group’s facilitators',
    resetTitle: 'Use the group’s facilitators for this session?',
    resetText: 'The list chosen for this session is replaced by the group’s current facilitators.',
    overrideNote: 'Leads without being ready: {{reason}}',
    problemsHeading: 'To fix before this session',
    noProblems: 'No gaps or conflicts: this session is covered.',
    fix: 'Fix',
    fixNamed: 'Fix: replace {{name}}',
    chooseLead: 'Choose a lead',
  },
  columns: {
    name: 'Name',
    role: 'Role',
    readiness: 'Ready?',
    phone: 'Phone',
  },
  gap: {
    no_lead: 'No lead facilitator for this session.',
    lead_not_ready: 'The lead facilitator is not ready to lead this session.',
  },
  conflict: {
    overlap: '{{name}} also facilitates {{other}} at the same time.',
    outside_availability: '{{name}} is not available at this time, by the hours they gave.',
    not_ready: '{{name}} is not ready to facilitate this session.',
  },
  dialog: {
    title: 'Facilitators of this session',
    intro: 'Changes apply to this session only. The group keeps its own facilitators.',
    listLabel: 'Chosen for this session',
    noneChosen: 'Nobody chosen yet. Add a lead facilitator below.',
    roleOf: 'Role of {{name}}',
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    replaceShort: 'Replace',
    replaceNamed: 'Replace {{name}}',
    addHeading: 'Add someone',
    replaceHeading: 'Who takes the place of {{name}} ({{role}})?',
    add: 'Add to this session',
    replace: 'Replace {{name}}',
    cancelReplace: 'Keep {{name}}',
    pickFirst: 'Choose a volunteer first.',
    save: 'Save facilitators',
  },
  gaps: {
    title: 'Coverage gaps',
    intro: 'Sessions in the next {{days}} days without a lead facilitator who is ready.',
    empty: 'No gaps in the next {{days}} days.',
    row: {
      no_lead: '{{group}} on {{date}} at {{time}} has no lead facilitator.',
      lead_not_ready: '{{group}} on {{date}} at {{time}}: the lead facilitator is not ready.',
    },
    fixLabel: 'Fix {{group}} on {{date}}',
  },
  conflicts: {
    title: 'Facilitator conflicts',
    intro:
      'In the next {{days}} days: a volunteer in two sessions at once, outside the hours they gave, or not ready.',
    empty: 'No conflicts in the next {{days}} days.',
    row: {
      overlap: '{{name}} is in {{group}} and {{other}} at the same time on {{date}} at {{time}}.',
      outside_availability:
        '{{name}} facilitates {{group}} on {{date}} at {{time}}, outside the hours they gave.',
      not_ready: '{{name}} facilitates {{group}} on {{date}} at {{time}} but is not ready.',
    },
    fixLabel: 'Fix {{group}} on {{date}} ({{name}})',
  },
  errors: {
    samePersonTwice: 'The same person is in the list twice.',
    oneLead: 'A session has one lead facilitator at most.',
    hasHours:
      'Someone left out of the list has hours recorded for this session. Keep them in the list.',
    heldSession:
      'This session has been held and its hours are recorded with its own facilitators, so it keeps them.',
  },
} as const;
