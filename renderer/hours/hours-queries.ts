// The hours summary's query, one definition: the screen reads it and the router starts it when
// the address changes (renderer/app/route-prefetch.ts), under one cache key.
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { Period } from '../../shared/domain/hours';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

/** Every volunteer's hours over `period`; nothing is asked while the period is half-typed. */
export const hoursSummaryQuery = (period: Period | null) =>
  queryOptions({
    queryKey: queryKeys.hoursSummary(period),
    queryFn: period ? () => call('listVolunteerHours', period) : skipToken,
  });
