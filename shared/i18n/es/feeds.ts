import type { Catalogue } from '../en';

// Spanish messages of the 'feeds' block (issue 12). Spread into es.ts.
export const feeds: Catalogue['feeds'] = {};
