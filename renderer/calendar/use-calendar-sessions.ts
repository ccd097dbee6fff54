import { useMemo } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListSessionsInput, SessionRow } from '../../shared/domain/sessions';
import { useSignedInUser } from '../app/vault-context';
import { calendarQueries } from './calendar-queries';
import type { CalendarView } from './calendar-search';
import {
  daysShownFromCalendarDays,
  daysShownFromSessions,
  sessionsPerDayOf,
  type DayShown,
} from './day-sessions';

/**
 * The sessions of the period on screen, in the shape the view draws: days with their first
 * sessions (month, week) or the whole list (agenda), from whichever call the role may make.
 */
export function useCalendarSessions(
  view: CalendarView,
  input: ListSessionsInput,
  enabled: boolean,
) {
  const queryClient = useQueryClient();
  const { role } = useSignedInUser();
  const { isByDay, byDay, list } = calendarQueries(role, view, input);
  // Both are declared every time (hooks keep their order); only the one this view reads runs.
  const dayQuery = useQuery({
    ...byDay,
    placeholderData: keepPreviousData,
    enabled: enabled && isByDay,
  });
  const listQuery = useQuery({
    ...list,
    placeholderData: keepPreviousData,
    enabled: enabled && !isByDay,
  });
  const query = isByDay ? dayQuery : listQuery;
  const perDay = sessionsPerDayOf(view);
  // Only the month and week draw days from here: the agenda groups the page it shows.
  const days = useMemo<ReadonlyMap<string, DayShown> | undefined>(() => {
    if (perDay === null) return undefined;
    if (isByDay) return dayQuery.data && daysShownFromCalendarDays(dayQuery.data);
    return listQuery.data && daysShownFromSessions(listQuery.data, perDay);
  }, [isByDay, dayQuery.data, listQuery.data, perDay]);
  return {
    /** The month's or week's days, each with what it draws (undefined in the agenda). */
    days,
    /** Every session of the period, when that is what was asked (not staff's month or week). */
    sessions: isByDay ? undefined : listQuery.data,
    isPending: query.isPending,
    isPlaceholderData: query.isPlaceholderData,
    error: query.error,
    refetch: () => void query.refetch(),
    /** How many sessions the period holds, once known. */
    count: isByDay
      ? dayQuery.data?.reduce((sum, day) => sum + day.total, 0)
      : listQuery.data?.length,
    /** Every session of the period, for the export: asked for only then in a month of days. */
    everySession: (): Promise<SessionRow[]> =>
      isByDay ? queryClient.fetchQuery(list) : Promise.resolve(listQuery.data ?? []),
  };
}
