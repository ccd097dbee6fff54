// English messages of the 'listPages' block (issue 13: long lists drawn a page at a time).
// Spread into en.ts.
export const listPages = {
  hours: 'Pages of the volunteer hours list',
  groups: 'Pages of the group list',
  agenda: 'Pages of the agenda',
} as const;
