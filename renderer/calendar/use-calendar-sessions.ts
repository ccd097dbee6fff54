import { useMemo } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListSessionsInput, SessionRow } from '../../shared/domain/sessions';
import { useSignedInUser } from '../app/vault-context';
import { rowsOfPage } from '../ui/usePagedRows';
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
 * sessions (month, week) or one page of the list (agenda, `agendaPage` from 1), from whichever
 * call the role may make.
 */
export function useCalendarSessions(
  view: CalendarView,
  input: ListSessionsInput,
  { enabled, agendaPage }: { enabled: boolean; agendaPage: number },
) {
  const queryClient = useQueryClient();
  const { role } = useSignedInUser();
  const { source, byDay, page, list } = calendarQueries(role, view, input, agendaPage);
  // All are declared every time (hooks keep their order); only the one this view reads runs.
  const dayQuery = useQuery({
    ...byDay,
    placeholderData: keepPreviousData,
    enabled: enabled && source === 'byDay',
  });
  const pageQuery = useQuery({
    ...page,
    placeholderData: keepPreviousData,
    enabled: enabled && source === 'page',
  });
  const listQuery = useQuery({
    ...list,
    placeholderData: keepPreviousData,
    enabled: enabled && source === 'list',
  });
  const query = { byDay: dayQuery, page: pageQuery, list: listQuery }[source];
  const perDay = sessionsPerDayOf(view);
  const days = useMemo<ReadonlyMap<string, DayShown> | undefined>(() => {
    if (perDay === null) return undefined;
    if (source === 'byDay') return dayQuery.data && daysShownFromCalendarDays(dayQuery.data);
    return listQuery.data && daysShownFromSessions(listQuery.data, perDay);
  }, [source, dayQuery.data, listQuery.data, perDay]);
  const agenda = useMemo<SessionRow[] | undefined>(() => {
    if (perDay !== null) return undefined;
    if (source === 'page') return pageQuery.data?.rows;
    return listQuery.data && rowsOfPage(listQuery.data, agendaPage);
  }, [perDay, source, pageQuery.data, listQuery.data, agendaPage]);
  return {
    /** The month's or week's days, each with what it draws (undefined in the agenda). */
    days,
    /** The agenda's page open (undefined in the month and week). */
    agenda,
    isPending: query.isPending,
    isPlaceholderData: query.isPlaceholderData,
    error: query.error,
    refetch: () => void query.refetch(),
    /** How many sessions the period holds, once known. */
    count:
      source === 'byDay'
        ? dayQuery.data?.reduce((sum, day) => sum + day.total, 0)
        : source === 'page'
          ? pageQuery.data?.total
          : listQuery.data?.length,
    /** Every session of the period, for the export: asked for only then, unless already held. */
    everySession: (): Promise<SessionRow[]> =>
      source === 'list' ? Promise.resolve(listQuery.data ?? []) : queryClient.fetchQuery(list),
  };
}
