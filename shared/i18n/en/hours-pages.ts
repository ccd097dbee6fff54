// English messages of the 'hoursPages' block (issue 13: long lists drawn a page at a time).
// Spread into en.ts.
export const hoursPages = {
  label: 'Pages of the volunteer hours list',
} as const;
