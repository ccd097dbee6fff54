// The calendar's queries, one definition each: the screen reads them and the router starts them
// when the address changes (renderer/app/route-prefetch.ts), under the same cache keys.
import { queryOptions } from '@tanstack/react-query';
import type {
  ListCalendarDaysInput,
  ListSessionPageInput,
  ListSessionsInput,
} from '../../shared/domain/sessions';
import { call } from '../api/client';
import type { Role } from '../../shared/api/roles';
import { canCall } from '../app/can-call';
import { queryKeys } from '../app/query-keys';
import { sessionListQuery } from '../groups/group-queries';
import { ROWS_PER_PAGE } from '../ui/usePagedRows';
import type { CalendarView } from './calendar-search';
import { sessionsPerDayOf } from './day-sessions';

export const calendarDaysQuery = (input: ListCalendarDaysInput) =>
  queryOptions({
    queryKey: queryKeys.calendarDays(input),
    queryFn: () => call('listCalendarDays', input),
  });

export const sessionPageQuery = (input: ListSessionPageInput) =>
  queryOptions({
    queryKey: queryKeys.sessionPage(input),
    queryFn: () => call('listSessionPage', input),
  });

/**
 * How a view reads its sessions: staff's month and week each day's first sessions and counts
 * (`byDay`), staff's agenda a page at a time (`page`), and a facilitator (their own groups')
 * every session of the period (`list`), from which the screen draws the same.
 */
export type CalendarSource = 'byDay' | 'page' | 'list';

/** What a view asks for; `agendaPage` (from 1) is the agenda's page open. */
export function calendarQueries(
  role: Role,
  view: CalendarView,
  input: ListSessionsInput,
  agendaPage = 1,
) {
  const perDay = sessionsPerDayOf(view);
  const source: CalendarSource = !canCall(role, 'listCalendarDays')
    ? 'list'
    : perDay === null
      ? 'page'
      : 'byDay';
  return {
    source,
    byDay: calendarDaysQuery({ ...input, perDay: perDay ?? 1 }),
    page: sessionPageQuery({
      ...input,
      offset: (agendaPage - 1) * ROWS_PER_PAGE,
      limit: ROWS_PER_PAGE,
    }),
    list: sessionListQuery(input),
  };
}
