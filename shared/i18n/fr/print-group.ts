import type { Catalogue } from '../en';

// French messages of the 'printGroup' block (issue 12: still English until translated). Spread into fr.ts.
export const printGroup: Catalogue['printGroup'] = {
  subject: {
    group: 'Group',
    choose: 'Choose a group',
    withStatus: '{{name}} ({{status}})',
  },
  chooseTitle: 'Choose a group',
  chooseText: 'Choose a group above to see its page as it will print.',
  noGroupsTitle: 'No groups to print for yet',
  noGroupsText: 'Add a group first, then come back to print its pages.',
  notAtStationTitle: 'This group is not at the print station',
  notAtStationText:
    'It may no longer be listed publicly. Choose another group above, or ask a member of staff.',
  flyer: {
    fileTitle: '{{name}} flyer',
    kicker: 'Support group · {{focus}}',
    kickerOther: 'Support group',
    facts: {
      whoFor: 'Who it is for',
      when: 'When',
      where: 'Where',
      languages: 'Languages',
      accessibility: 'Access',
      newcomers: 'Newcomers',
      contact: 'Contact',
    },
    starts: 'Starting {{date}}.',
    ends: 'Until {{date}}.',
    online: 'Online',
    alsoOnline: 'You can also join online.',
    newcomersWelcome: 'New members are welcome. Just come along.',
    closed: 'This group is not taking new members at the moment.',
    scanToJoin: 'Scan to join online',
    linkOnRequest: 'For the link to join online, phone {{phone}}.',
    linkOnRequestNoPhone: 'Ask the contact below for the link to join online.',
    runBy: 'Run by {{name}}',
    tabsHint: 'Cut along the dashed lines. Take a tab with you.',
    noPhone:
      'This flyer has no tear-off tabs: no phone number to put on them. Add a public contact phone to the group, or a phone number for the organisation in Settings.',
    linkWarning:
      'This flyer carries the link to join the meeting online. Put it up only where you would give the link to anyone who asks.',
  },
  poster: {
    fileTitle: '{{name}} ground rules',
    title: 'Our ground rules',
    thanks: 'Thank you for helping to keep this group a safe place for everyone.',
    defaultNote:
      'This group has no ground rules of its own yet, so the poster shows the usual ones for its focus and format. Edit the group to adapt them.',
    tooLong:
      'These ground rules are too long to print in large type on one page, so they are printed smaller. Shorten them in the group to make them easier to read.',
  },
};
