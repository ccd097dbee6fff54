// English messages of the 'calendar' block (issue 10): the calendar, the session page and the
// dashboard's session parts. Spread into en.ts.
export const calendar = {
  session: {
    backToGroup: '← Back to {{name}}',
    loadingTitle: 'Session',
    status: 'Status',
    cancelReason: 'Why it is cancelled',
    duration: 'Length',
    minutes_one: '{{count, number}} minute',
    minutes_other: '{{count, number}} minutes',
    place: 'Where',
    online: 'Online',
  },
} as const;
