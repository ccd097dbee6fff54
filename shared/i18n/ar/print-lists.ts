import type { Catalogue } from '../en';

// Arabic messages of the 'printLists' block (issue 12: still English until translated). Spread into ar.ts.
export const printLists: Catalogue['printLists'] = {
  updated: 'Updated {{date}}',
  showing: 'Showing: {{filters}}',
  subject: {
    place: 'Place',
    allPlaces: 'All places',
    focus: 'Kind of group',
    allFocuses: 'All kinds of group',
    month: 'Month',
  },
  columns: {
    time: 'Time',
    group: 'Group',
    format: 'Format',
    place: 'Where',
    details: 'Details',
  },
  formats: {
    in_person: { letter: 'P', name: 'In person' },
    online: { letter: 'O', name: 'Online' },
    hybrid: { letter: 'H', name: 'In person and online' },
  },
  legend: 'Format',
  online: 'Online: ask the contact for the link',
  alsoOnline: 'Also online: ask the contact for the link',
  newcomersWelcome: 'Newcomers welcome',
  closedGroup: 'Closed to new members',
  languages: 'Languages: {{languages}}',
  accessibility: 'Access: {{text}}',
  contact: 'Contact: {{contact}}',
  starts: 'Starts {{date}}',
  otherDays: 'Other schedules',
  dayCaption: 'Groups meeting on {{day}}',
  contactHeading: 'Contact us',
  noneTitle: 'No group to list',
  noneText:
    'No publicly listed group matches these choices. Choose another place or kind of group, or list a group publicly on its edit screen.',
  calendar: {
    weekdays: 'Meetings by day',
    closed: 'Centre closed: {{reason}}',
    placeClosed: '{{place}} closed: {{reason}}',
    cancelled: 'Cancelled',
    cancelledBecause: 'Cancelled: {{reason}}',
    more_one: '+{{count}} more, listed after the calendar',
    more_other: '+{{count}} more, listed after the calendar',
    busyDays: 'Every meeting on the busiest days',
    notScheduled: 'Meetings after {{date}} are not scheduled yet: ask us for the later dates.',
    noMeetings: 'No meetings this month.',
  },
};
