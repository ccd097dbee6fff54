import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';

type CalendarMethods = 'listSessions' | 'getSession' | 'getMyNextSession' | 'getAttendanceTrend';

// Placeholder until the dashboard slice of issue 10 lands.
const notBuiltYet = () => Promise.reject(new Error('not built yet'));

export const calendarHandlers: Handlers<CalendarMethods> = {
  listSessions: (filter, { store }) => store.sessionQueries.list(filter),
  getSession: async ({ id }, { store }) => {
    const session = await store.sessionQueries.find(id);
    if (!session) throw new AppError('NOT_FOUND');
    return session;
  },
  getMyNextSession: notBuiltYet,
  getAttendanceTrend: notBuiltYet,
};
