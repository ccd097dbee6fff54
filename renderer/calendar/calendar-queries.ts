// The calendar's queries, one definition each: the screen reads them and the router starts them
// when the address changes (renderer/app/route-prefetch.ts), under the same cache keys.
import { queryOptions } from '@tanstack/react-query';
import type { ListCalendarDaysInput, ListSessionsInput } from '../../shared/domain/sessions';
import { call } from '../api/client';
import type { Role } from '../../shared/api/roles';
import { canCall } from '../app/can-call';
import { queryKeys } from '../app/query-keys';
import { sessionListQuery } from '../groups/group-queries';
import type { CalendarView } from './calendar-search';
import { sessionsPerDayOf } from './day-sessions';

export const calendarDaysQuery = (input: ListCalendarDaysInput) =>
  queryOptions({
    queryKey: queryKeys.calendarDays(input),
    queryFn: () => call('listCalendarDays', input),
  });

/**
 * What a view asks for: staff's month and week only each day's first sessions and counts
 * (`isByDay`); a facilitator's (their own groups') and the agenda every session of the period.
 */
export function calendarQueries(role: Role, view: CalendarView, input: ListSessionsInput) {
  const perDay = sessionsPerDayOf(view);
  return {
    isByDay: perDay !== null && canCall(role, 'listCalendarDays'),
    byDay: calendarDaysQuery({ ...input, perDay: perDay ?? 1 }),
    list: sessionListQuery(input),
  };
}
