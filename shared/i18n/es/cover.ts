import type { Catalogue } from '../en';

// Spanish messages of the 'cover' block (issue 10). Spread into es.ts.
export const cover: Catalogue['cover'] = {};
