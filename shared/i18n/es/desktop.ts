import type { Catalogue } from '../en';

// Spanish messages of the 'desktop' block (issue 11). Spread into es.ts.
export const desktop: Catalogue['desktop'] = {};
