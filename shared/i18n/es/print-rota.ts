import type { Catalogue } from '../en';

// Spanish messages of the 'printRota' block (issue 11). Spread into es.ts.
export const printRota: Catalogue['printRota'] = {};
