// English messages of the 'feedsOnline' block (issue 12: online meetings in the public list,
// calendar and feed). Spread into en.ts.
export const feedsOnline = {
  publishLink: 'Publish the online link and dial-in in the public meeting list, calendar and feed',
  publishLinkHint:
    'Off unless the group has agreed. Many groups give their link only on request, so that strangers cannot join and disrupt the meeting.',
  published: 'Online link in the public list',
  intro:
    'For the centre’s website, calendar apps and meeting-finder apps. They hold only what the printed meeting list shows: contact names are left out, and so is every online link a group has not chosen to publish.',
  leftOut:
    'Saved. Not in the feed, because it lists weekly meetings with an address or a published online link only: not weekly: {{notWeekly}}; online with no published link: {{onlineOnly}}.',
  calendar: {
    online: 'Online',
    link: 'Join online',
    dialIn: 'Dial-in',
  },
  list: {
    online: 'Online:',
    alsoOnline: 'Also online:',
    dialIn: 'By phone:',
  },
} as const;
