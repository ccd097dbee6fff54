import type { Catalogue } from '../en';

// Spanish messages of the 'printGroup' block (issue 11). Spread into es.ts.
export const printGroup: Catalogue['printGroup'] = {};
