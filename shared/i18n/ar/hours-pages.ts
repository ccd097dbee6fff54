import type { Catalogue } from '../en';

// Arabic messages of the 'hoursPages' block (issue 13). Spread into ar.ts.
export const hoursPages: Catalogue['hoursPages'] = {
  label: 'صفحات قائمة ساعات التطوع',
} as const;
