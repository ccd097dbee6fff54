import type { Catalogue } from '../en';

// Arabic messages of the 'importCsv' block (issue 12: still English until translated). Spread into ar.ts.
export const importCsv: Catalogue['importCsv'] = {};
