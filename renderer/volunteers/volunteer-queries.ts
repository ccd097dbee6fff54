// The volunteer list's query, one definition: the screen reads it and the router starts it as
// soon as the address changes (renderer/app/route-prefetch.ts), so both use one cache key.
import { queryOptions } from '@tanstack/react-query';
import type { ListVolunteersInput } from '../../shared/domain/volunteers';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

export const volunteerListQuery = (input: ListVolunteersInput) =>
  queryOptions({
    queryKey: queryKeys.volunteerList(input),
    queryFn: () => call('listVolunteers', input),
  });

/** The first volunteers matching what a person types into a picker (5,000 fit no list). */
export const volunteerPickQuery = (search: string) =>
  queryOptions({
    queryKey: queryKeys.volunteerPick(search),
    queryFn: () => call('listVolunteers', { search, limit: 20 }),
  });
