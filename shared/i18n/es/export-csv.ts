import type { Catalogue } from '../en';

// Spanish messages of the 'exportCsv' block (issue 12). Spread into es.ts.
export const exportCsv: Catalogue['exportCsv'] = {};
