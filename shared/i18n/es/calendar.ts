import type { Catalogue } from '../en';

// Spanish messages of the 'calendar' block (issue 10). Spread into es.ts.
export const calendar: Catalogue['calendar'] = {};
