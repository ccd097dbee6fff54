// The group screens' queries, one definition each: the screens read them and the router starts
// them as soon as the address changes (renderer/app/route-prefetch.ts), so both use one cache key.
import { queryOptions } from '@tanstack/react-query';
import { addDays, todayIn } from '../../shared/domain/civil-dates';
import type { ListGroupsInput } from '../../shared/domain/groups';
import { MAX_LIST_DAYS, type ListSessionsInput } from '../../shared/domain/sessions';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

export const groupListQuery = (input: ListGroupsInput) =>
  queryOptions({ queryKey: queryKeys.groupList(input), queryFn: () => call('listGroups', input) });

export const groupQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.group(id), queryFn: () => call('getGroup', { id }) });

export const groupFacilitatorsQuery = (groupId: number) =>
  queryOptions({
    queryKey: queryKeys.groupFacilitators(groupId),
    queryFn: () => call('listGroupFacilitators', { groupId }),
  });

export type GroupSessionsKind = 'upcoming' | 'recent';

/** A year of the group's sessions from today, or the year before it. */
export function groupSessionsInput(
  groupId: number,
  kind: GroupSessionsKind,
  timeZone: string,
): ListSessionsInput {
  const today = todayIn(timeZone);
  return kind === 'upcoming'
    ? { from: today, to: addDays(today, MAX_LIST_DAYS - 1), groupId }
    : { from: addDays(today, -MAX_LIST_DAYS + 1), to: addDays(today, -1), groupId };
}

export const sessionListQuery = (input: ListSessionsInput) =>
  queryOptions({
    queryKey: queryKeys.sessionList(input),
    queryFn: () => call('listSessions', input),
  });
