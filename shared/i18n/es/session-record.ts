import type { Catalogue } from '../en';

// Spanish messages of the 'sessionRecord' block (issue 10). Spread into es.ts.
export const sessionRecord: Catalogue['sessionRecord'] = {};
