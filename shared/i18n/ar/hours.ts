import type { Catalogue } from '../en';

// Arabic messages of the 'hours' block (issue 12: still English until translated). Spread into ar.ts.
export const hours: Catalogue['hours'] = {
  title: 'Volunteer hours',
  intro:
    'What each volunteer gave to sessions that were held, as recorded after each session. For funders and thank-yous.',
  heading: 'Volunteer hours',
  erasedVolunteer: 'Erased volunteer',
  period: {
    label: 'Period',
    thisMonth: 'This month',
    lastMonth: 'Last month',
    thisYear: 'This year',
    lastYear: 'Last year',
    custom: 'Choose dates',
    from: 'From',
    to: 'To',
    range: '{{from}} to {{to}}',
    incomplete: 'Type both dates to see the hours.',
  },
  columns: {
    volunteer: 'Volunteer',
    sessions: 'Sessions',
    hours: 'Hours',
    date: 'Date',
    group: 'Group',
    role: 'Role',
  },
  total: 'Total',
  volunteerTotal_one: '{{hours}} hours in {{count, number}} session',
  volunteerTotal_other: '{{hours}} hours in {{count, number}} sessions',
  volunteerCaption: 'Sessions {{name}} facilitated from {{from}} to {{to}}, newest first',
  volunteerNone:
    'No hours in this period. Hours count once a session is marked held and the facilitators’ hours are recorded on its page.',
  summaryCaption: 'Hours per volunteer from {{from}} to {{to}}',
  summaryTotal_one: '{{hours}} hours from {{count, number}} volunteer',
  summaryTotal_other: '{{hours}} hours from {{count, number}} volunteers',
  emptyTitle: 'No hours in this period',
  emptyText:
    'Hours count once a session is marked held and each facilitator’s hours are recorded on the session’s page. Choose another period, or record the sessions that took place.',
  exportCsv: 'Export CSV',
  exportHint: 'A spreadsheet file of this table, for this period.',
};
