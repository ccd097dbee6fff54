import type { Catalogue } from '../en';

// French messages of the 'funderReport' block (issue 12: still English until translated). Spread into fr.ts.
export const funderReport: Catalogue['funderReport'] = {
  heading: 'Funder report',
  period: '{{from}} to {{to}}',
  printedOn: 'Printed on {{date}}',
  figuresHeading: 'The period at a glance',
  totals: {
    sessionsHeld: 'Meetings held',
    attendance: 'Attendance',
    newcomers: 'Newcomers',
    groupsMet: 'Groups that met',
    volunteerHours: 'Volunteer hours',
    volunteersGivingTime: 'Volunteers who gave time',
    sessionsCancelled: 'Meetings cancelled',
    cancelledByClosure: '{{number}} of them because the centre was closed',
    sessionsUnrecorded: 'Meetings not yet recorded',
  },
  notes: {
    attendance:
      'Attendance is the number of people at each meeting, added up: groups keep anonymous counts, so someone who came to ten meetings counts ten times.',
    unrecorded:
      'Meetings not yet recorded took place or were due but nobody has entered what happened; their attendance is not counted above.',
  },
  charts: {
    heading: 'Month by month',
    attendance: 'Attendance and newcomers per month',
    sessions: 'Meetings held and cancelled per month',
    hours: 'Volunteer hours per month',
    seeTable: '{{title}}. The figures are in the table "Figures by month".',
    held: 'Held',
    cancelled: 'Cancelled',
    attendanceSeries: 'Attendance',
    newcomersSeries: 'Newcomers',
    hoursSeries: 'Volunteer hours',
  },
  groups: {
    heading: 'Groups',
    caption: 'Each group that met, or was due to meet, in the period',
    group: 'Group',
    focus: 'Focus',
    held: 'Held',
    cancelled: 'Cancelled',
    attendance: 'Attendance',
    average: 'Average per meeting',
    newcomers: 'Newcomers',
    hours: 'Volunteer hours',
    total: 'All groups',
    none: 'No group met or was due to meet in this period.',
  },
  months: {
    heading: 'Figures by month',
    month: 'Month',
  },
  empty: {
    title: 'Nothing happened in this period',
    text: 'No meetings were held, cancelled or due between these dates. Choose other dates above: the report prints whatever period you choose.',
  },
};
