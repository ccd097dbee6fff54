import type { Catalogue } from '../en';

// French messages of the 'dashboardPanels' block (issue 13). Spread into fr.ts.
export const dashboardPanels: Catalogue['dashboardPanels'] = {
  shownOf: '{{shown, number}} affichés sur {{count, number}}.',
  shownOfAtLeast: '{{shown, number}} affichés sur {{count, number}} ou plus.',
  showAll: 'Afficher les {{count, number}}',
  showFirst: 'N’afficher que les {{shown, number}} premiers',
};
