import type { Catalogue } from '../en';

// Spanish messages of the 'printLists' block (issue 11). Spread into es.ts.
export const printLists: Catalogue['printLists'] = {};
