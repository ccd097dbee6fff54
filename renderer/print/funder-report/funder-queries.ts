// The funder report's query, one definition: the report reads it and the router starts it as
// soon as the address changes (renderer/app/route-prefetch.ts), so both use one cache key.
import { queryOptions } from '@tanstack/react-query';
import { defaultFunderPeriod } from '../../../shared/domain/funder-report';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';

export interface FunderPeriod {
  from: string;
  to: string;
}

/** The period in the address, each end falling back to the default period's (the last year). */
export function funderPeriodOf(search: Partial<FunderPeriod>, today: string): FunderPeriod {
  const fallback = defaultFunderPeriod(today);
  return { from: search.from ?? fallback.from, to: search.to ?? fallback.to };
}

/**
 * Kept under the sessions' key, so recording or cancelling a meeting refreshes it.
 */
export const funderReportQuery = (period: FunderPeriod) =>
  queryOptions({
    queryKey: [...queryKeys.sessions, 'funderReport', period.from, period.to],
    queryFn: () => call('getFunderReport', period),
  });
