import type { Catalogue } from '../en';

// Spanish messages of the 'incidents' block (issue 10). Spread into es.ts.
export const incidents: Catalogue['incidents'] = {};
