import { useQuery } from '@tanstack/react-query';
import type { Group } from '../../../shared/domain/groups';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { usePrint } from '../print-context';
import type { GroupPageState } from './GroupPageStatus';

/** The group whose ground rules the poster prints (signed in only: the rules are internal). */
export function usePosterGroup(): GroupPageState<Group> {
  const { search } = usePrint();
  const id = search.groupId;
  const group = useQuery({
    queryKey: queryKeys.group(id ?? 0),
    queryFn: () => call('getGroup', { id: id! }),
    enabled: id !== undefined,
  });
  if (id === undefined) return { status: 'none' };
  if (group.error)
    return { status: 'error', error: group.error, retry: () => void group.refetch() };
  return group.data ? { status: 'ready', data: group.data } : { status: 'pending' };
}
