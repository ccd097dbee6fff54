import type { Catalogue } from '../en';

// Spanish messages of the 'sessions' block (issue 10). Spread into es.ts.
export const sessions: Catalogue['sessions'] = {};
