import type { Catalogue } from '../en';

// French messages of the 'exportCsv' block (issue 12: still English until translated). Spread into fr.ts.
export const exportCsv: Catalogue['exportCsv'] = {};
