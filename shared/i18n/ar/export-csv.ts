import type { Catalogue } from '../en';

// Arabic messages of the 'exportCsv' block (issue 12: still English until translated). Spread into ar.ts.
export const exportCsv: Catalogue['exportCsv'] = {};
