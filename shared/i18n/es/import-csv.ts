import type { Catalogue } from '../en';

// Spanish messages of the 'importCsv' block (issue 12). Spread into es.ts.
export const importCsv: Catalogue['importCsv'] = {};
