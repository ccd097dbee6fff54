import type { Handlers } from '../core/handler-types';

// Placeholder until this slice of issue 10 lands: every method refuses with an internal error.
const notBuiltYet = () => Promise.reject(new Error('not built yet'));

export const sessionHandlers: Handlers<'previewScheduleChange'> = {
  previewScheduleChange: notBuiltYet,
};
