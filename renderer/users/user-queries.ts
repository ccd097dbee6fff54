// The user list's query, one definition: the users screen and the audit log's filter read it,
// and the router starts it when the audit log's address is entered (renderer/app/route-prefetch.ts).
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

export const userListQuery = queryOptions({
  queryKey: queryKeys.users,
  queryFn: () => call('listUsers', {}),
});
