import type { Catalogue } from '../en';

// Spanish messages of the 'ruleTemplates' block (issue 11). Spread into es.ts.
export const ruleTemplates: Catalogue['ruleTemplates'] = {};
