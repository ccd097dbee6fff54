import type { Catalogue } from '../en';

// French messages of the 'importCsv' block (issue 12: still English until translated). Spread into fr.ts.
export const importCsv: Catalogue['importCsv'] = {};
