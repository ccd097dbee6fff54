import type { Catalogue } from '../en';

// French messages of the 'printRota' block (issue 12: still English until translated). Spread into fr.ts.
export const printRota: Catalogue['printRota'] = {
  printedOn: 'Printed on {{date}}. Changes made after this date are in Circlekeeper only.',
  rota: {
    summary_one: '{{count, number}} meeting from {{from}} to {{to}}.',
    summary_other: '{{count, number}} meetings from {{from}} to {{to}}.',
    gaps_one: '{{count, number}} meeting has no lead yet.',
    gaps_other: '{{count, number}} meetings have no lead yet.',
    weekOf: 'Week of {{date}}',
    callIfAbsent: 'Cannot come? Call {{phone}} as early as you can, so someone else can step in.',
    columns: {
      date: 'Date',
      time: 'Time',
      group: 'Group',
      place: 'Place',
      lead: 'Lead',
      others: 'Co-facilitators and backup',
    },
    online: 'Online',
    alsoOnline: 'also online',
    noLead: 'No lead yet',
    leadUnavailable: 'Needs a new lead',
    cancelled: 'Cancelled',
    inactive: '{{name}} (inactive)',
    erased: 'Erased volunteer',
    backup: '{{name}} (backup)',
    empty: 'No meetings from {{from}} to {{to}}.',
  },
  contacts: {
    confidential: 'Confidential — keep locked away, shred when replaced.',
    summary_one:
      '{{count, number}} volunteer facilitating a meeting from {{from}} to {{to}}, by name.',
    summary_other:
      '{{count, number}} volunteers facilitating a meeting from {{from}} to {{to}}, by name.',
    notListed:
      'Not on this sheet: inactive volunteers and emergency contacts. Find them in Circlekeeper.',
    columns: {
      name: 'Name',
      reach: 'Phone and email',
      languages: 'Languages',
      groups: 'Groups in this period',
    },
    empty: 'Nobody facilitates a meeting from {{from}} to {{to}}.',
  },
};
