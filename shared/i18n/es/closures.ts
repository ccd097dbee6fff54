import type { Catalogue } from '../en';

// Spanish messages of the 'closures' block (issue 10). Spread into es.ts.
export const closures: Catalogue['closures'] = {};
