import type { Catalogue } from '../en';

// Arabic messages of the 'listPages' block (issue 13). Spread into ar.ts.
export const listPages: Catalogue['listPages'] = {
  hours: 'صفحات قائمة ساعات التطوع',
  groups: 'صفحات قائمة المجموعات',
  agenda: 'صفحات قائمة الجلسات',
} as const;
