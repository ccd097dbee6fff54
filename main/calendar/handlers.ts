import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';
import { attendanceTrend, myNextSession } from './dashboard-sessions';

type CalendarMethods =
  | 'listSessions'
  | 'listCalendarDays'
  | 'listSessionPage'
  | 'getSession'
  | 'getMyNextSession'
  | 'getAttendanceTrend';

export const calendarHandlers: Handlers<CalendarMethods> = {
  listSessions: (filter, { store }) => store.sessionQueries.list(filter),
  listCalendarDays: ({ perDay, ...filter }, { store }) =>
    store.sessionQueries.listFirstPerDay(filter, perDay),
  listSessionPage: ({ offset, limit, ...filter }, { store }) =>
    store.sessionQueries.listPage(filter, { offset, limit }),
  getSession: async ({ id }, { store }) => {
    const session = await store.sessionQueries.find(id);
    if (!session) throw new AppError('NOT_FOUND');
    return session;
  },
  getMyNextSession: (_input, context) => myNextSession(context),
  getAttendanceTrend: ({ weeks }, context) => attendanceTrend(weeks, context),
};
