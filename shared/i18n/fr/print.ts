import type { Catalogue } from '../en';

// French messages of the 'print' block (issue 12: still English until translated). Spread into fr.ts.
export const print: Catalogue['print'] = {
  centre: {
    title: 'Print centre',
    intro:
      'Everything Circlekeeper prints. Choose one to see the page as it will print, then print it or save it as a PDF.',
    sections: {
      session: 'For a meeting',
      group: 'For a group',
      public: 'Lists for the public',
      staff: 'For staff',
    },
  },
  printables: {
    flyer: {
      title: 'Group flyer',
      description: 'A poster for a notice board, with tear-off tabs giving the phone number.',
    },
    'sign-in': {
      title: 'Sign-in sheet',
      description: 'Numbered lines for first names or aliases, with a confidentiality statement.',
    },
    'ground-rules': {
      title: 'Ground rules poster',
      description: "The group's ground rules in large print, to put up in the room.",
    },
    'session-plan': {
      title: 'Session plan',
      description:
        "The facilitator's plan: opening, ground rules, check-in, topic, closing, referral contacts and what to do in an incident.",
    },
    tonight: {
      title: 'Everything for a meeting',
      description:
        'The sign-in sheet, the session plan and the ground rules for one meeting, printed together.',
    },
    'meeting-list': {
      title: 'Weekly meeting list',
      description: 'Every public group by day of the week, with a legend of formats.',
    },
    calendar: {
      title: 'Monthly calendar',
      description: "A month's public meetings, by location and focus if you wish.",
    },
    rota: {
      title: 'Volunteer rota',
      description: 'Who facilitates which meeting over a period. For staff only.',
    },
    contacts: {
      title: 'Volunteer contact sheet',
      description:
        'How to reach the volunteers on the rota of a period. For staff only: keep it locked away.',
    },
    resources: {
      title: 'Referral resource sheet',
      description: 'Crisis lines and other services to pass on when a group is not enough.',
    },
    'funder-report': {
      title: 'Funder report',
      description:
        'Meetings held and cancelled, attendance, newcomers and volunteer hours for a period, with charts.',
    },
  },
  options: {
    paper: 'Paper',
    language: 'Language of the printout',
    large: 'Large print',
  },
  subject: {
    from: 'From',
    to: 'To',
  },
  actions: {
    print: 'Print',
    savePdf: 'Save as PDF',
    savePdfHintBrowser: 'Save as PDF opens the print window: choose "Save as PDF" as the printer.',
    savePdfHintDesktop: 'Save as PDF asks where to save the file.',
    saved: 'The PDF is saved.',
    failed: 'The PDF could not be saved. Nothing was written. Try again, or choose another folder.',
  },
  preview: 'Preview',
  backToCentre: 'Back to the print centre',
  backToStation: 'Back to the print station',
  notPublicTitle: 'Not available at the print station',
  notPublicText:
    'The print station prints only public materials. Sign in to print this, or choose another printout.',
};
