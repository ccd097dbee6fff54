import type { Handlers } from '../core/handler-types';

// Placeholder until this slice of issue 11 lands.
export const funderReportHandlers: Handlers<'getFunderReport'> = {
  getFunderReport: () => Promise.reject(new Error('not built yet')),
};
