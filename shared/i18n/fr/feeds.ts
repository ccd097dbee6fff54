import type { Catalogue } from '../en';

// French messages of the 'feeds' block (issue 12: still English until translated). Spread into fr.ts.
export const feeds: Catalogue['feeds'] = {};
