import type { Catalogue } from '../en';

// Spanish messages of the 'printSession' block (issue 11). Spread into es.ts.
export const printSession: Catalogue['printSession'] = {};
