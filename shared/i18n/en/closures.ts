// English messages of the 'closures' block (issue 10): closures and one session's exceptions.
// Spread into en.ts.
export const closures = {
  title: 'Closures',
  intro:
    'Days the centre, or one location, is closed. Sessions on those days are cancelled with your reason, and come back if you remove the closure.',
  add: 'Add closure',
  addTitle: 'Add a closure',
  emptyTitle: 'No closures',
  emptyText:
    'When the centre closes for a holiday or repairs, add a closure: the sessions on those days are cancelled for you, and come back if you remove it.',
  tableCaption: 'Closures in force',
  wholeCentre: 'Whole centre',
  dateRange: '{{from}} to {{to}}',
  sessionCount_one: '{{count, number}} session',
  sessionCount_other: '{{count, number}} sessions',
  columns: {
    dates: 'Dates',
    place: 'Where',
    reason: 'Reason',
    sessions: 'Sessions cancelled',
  },
  fields: {
    startsOn: 'First day closed',
    endsOn: 'Last day closed',
    scope: 'What closes',
    locationId: 'Location',
    reason: 'Reason',
  },
  scope: {
    centre: 'The whole centre',
    centreHint: 'Every location, and online groups too.',
    location: 'One location',
  },
  hints: {
    reason: 'Shown on each cancelled session, for example “Christmas holiday”.',
  },
  preview_zero: 'This cancels no sessions.',
  preview_one: 'This cancels {{count, number}} session.',
  preview_other: 'This cancels {{count, number}} sessions.',
  previewNote: 'Held sessions and sessions already cancelled stay as they are.',
  save: 'Add closure',
  remove: 'Remove',
  removeNamed: 'Remove the closure “{{reason}}”',
  removeTitle: 'Remove the closure “{{reason}}”?',
  removeText_zero: 'No sessions come back: none is cancelled by this closure now.',
  removeText_one:
    '{{count, number}} session comes back on the calendar, unless another closure also covers it.',
  removeText_other:
    '{{count, number}} sessions come back on the calendar, except those another closure also covers.',
  removed_one: 'Closure removed: {{count, number}} session is back on the calendar.',
  removed_other: 'Closure removed: {{count, number}} sessions are back on the calendar.',
  errors: {
    cancelHeld: 'This session has been held, so it cannot be cancelled.',
    moveHeld: 'This session has been held, so it cannot be moved.',
    restoreClosed:
      'A closure of the centre cancels this session. It comes back when that closure is removed on the Closures screen.',
  },
  session: {
    actionsLabel: 'Change this session',
    cancel: 'Cancel session',
    cancelTitle: 'Cancel this session?',
    cancelText: 'The group is told nothing by Circlekeeper: let the facilitators know.',
    reason: 'Reason',
    reasonHint: 'Shown on the session, for example “Facilitator unwell”.',
    confirmCancel: 'Cancel the session',
    keep: 'Keep it',
    restore: 'Restore session',
    cancelledByClosure: 'Cancelled by the closure “{{reason}}” ({{dates}}).',
    seeClosures: 'See closures',
    move: 'Move',
    moveTitle: 'Move this session',
    moveSave: 'Move the session',
    date: 'Date',
    startTime: 'Start time',
    duration: 'Length in minutes',
    location: 'Location',
    online: 'Online (no location)',
    room: 'Room',
  },
  extra: {
    add: 'Add an extra session',
    title: 'Add an extra session of {{name}}',
    intro:
      'A one-off meeting outside the schedule. A past date is fine: record a meeting that has already happened.',
    save: 'Add the session',
  },
} as const;
