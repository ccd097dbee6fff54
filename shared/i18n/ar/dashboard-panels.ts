import type { Catalogue } from '../en';

// Arabic messages of the 'dashboardPanels' block (issue 13). Spread into ar.ts.
export const dashboardPanels: Catalogue['dashboardPanels'] = {
  shownOf: 'يُعرض {{shown, number}} من أصل {{count, number}}.',
  shownOfAtLeast: 'يُعرض {{shown, number}} من أصل {{count, number}} أو أكثر.',
  showAll: 'عرض الكل ({{count, number}})',
  showFirst: 'عرض أول {{shown, number}} فقط',
};
