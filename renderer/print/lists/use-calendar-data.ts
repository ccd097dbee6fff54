import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { PublicSnapshot } from '../../../shared/domain/public-snapshot';
import { monthOf } from '../../../shared/print/calendar-months';
import { call } from '../../api/client';
import { usePrint } from '../print-context';
import { publicDataQuery } from '../use-public-data';

/** The month the calendar prints: the address's, else the current one. */
export function useCalendarMonth(): string {
  const { search, today } = usePrint();
  return search.month ?? monthOf(today);
}

const monthDataQuery = (month: string) =>
  queryOptions({
    queryKey: ['print', 'publicData', 'signedIn', month],
    queryFn: (): Promise<PublicSnapshot> => call('getPublicPrintData', { month }),
  });

/**
 * Signed in, the month asked for, built now; at the print station, the snapshot file, whose
 * meetings cover this month and the next few.
 */
export function useCalendarData(): UseQueryResult<PublicSnapshot> {
  const { mode } = usePrint();
  const month = useCalendarMonth();
  const signedIn = useQuery({ ...monthDataQuery(month), enabled: mode === 'signedIn' });
  const station = useQuery({ ...publicDataQuery('public'), enabled: mode === 'public' });
  return mode === 'signedIn' ? signedIn : station;
}
