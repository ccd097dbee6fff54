import type { Catalogue } from '../en';

// Spanish messages of the 'resources' block (issue 11). Spread into es.ts.
export const resources: Catalogue['resources'] = {};
