// English messages of the 'dashboardPanels' block (issue 13): a dashboard panel shows its first
// few items, and the rest one click away. Spread into en.ts.
export const dashboardPanels = {
  shownOf: 'Showing {{shown, number}} of {{count, number}}.',
  shownOfAtLeast: 'Showing {{shown, number}} of {{count, number}} or more.',
  showAll: 'Show all {{count, number}}',
  showFirst: 'Show only the first {{shown, number}}',
} as const;
