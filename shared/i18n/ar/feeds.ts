import type { Catalogue } from '../en';

// Arabic messages of the 'feeds' block (issue 12: still English until translated). Spread into ar.ts.
export const feeds: Catalogue['feeds'] = {};
