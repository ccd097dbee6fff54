import type { Catalogue } from '../en';

// Spanish messages of the 'hours' block (issue 10). Spread into es.ts.
export const hours: Catalogue['hours'] = {};
