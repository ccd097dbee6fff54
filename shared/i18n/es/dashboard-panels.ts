import type { Catalogue } from '../en';

// Spanish messages of the 'dashboardPanels' block (issue 13). Spread into es.ts.
export const dashboardPanels: Catalogue['dashboardPanels'] = {
  shownOf: 'Se muestran {{shown, number}} de {{count, number}}.',
  shownOfAtLeast: 'Se muestran {{shown, number}} de {{count, number}} o más.',
  showAll: 'Mostrar los {{count, number}}',
  showFirst: 'Mostrar solo los {{shown, number}} primeros',
};
