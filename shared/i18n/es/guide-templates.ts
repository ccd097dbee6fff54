import type { Catalogue } from '../en';

// Spanish messages of the 'guideTemplates' block (issue 11). Spread into es.ts.
export const guideTemplates: Catalogue['guideTemplates'] = {};
