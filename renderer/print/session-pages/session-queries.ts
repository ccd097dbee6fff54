// What the printables of one meeting read, through the API and as the role allows. The keys are
// the session and group screens' own, so a printout opened from there reads from the cache.
import { queryOptions, type UseQueryResult } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';

export const sessionQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.session(id), queryFn: () => call('getSession', { id }) });

export const groupQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.group(id), queryFn: () => call('getGroup', { id }) });

export const sessionFacilitatorsQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.sessionFacilitators(id),
    queryFn: () => call('listSessionFacilitators', { id }),
  });

export const resourcesQuery = queryOptions({
  queryKey: ['print', 'resources'],
  queryFn: () => call('listResources', {}),
});

/**
 * A named-roster group's consented participants. A role the core refuses the roster gets the
 * anonymous sheet instead: no retry, and the refusal is not an error to show.
 */
export const rosterQuery = (groupId: number) =>
  queryOptions({
    queryKey: [...queryKeys.participants(groupId), false],
    queryFn: () => call('listParticipants', { groupId }),
    retry: false,
  });

/** Several queries a page waits for together: pending until all are in, the first error. */
export function allOf(queries: readonly UseQueryResult[]) {
  return {
    isPending: queries.some((query) => query.isPending),
    error: queries.find((query) => query.error)?.error ?? null,
    refetch: () => queries.forEach((query) => void query.refetch()),
  };
}
