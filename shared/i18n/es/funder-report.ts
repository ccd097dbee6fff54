import type { Catalogue } from '../en';

// Spanish messages of the 'funderReport' block (issue 11). Spread into es.ts.
export const funderReport: Catalogue['funderReport'] = {};
