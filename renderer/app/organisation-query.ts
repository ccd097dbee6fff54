import { queryOptions } from '@tanstack/react-query';
import { call } from '../api/client';
import { queryKeys } from './query-keys';

/** The organisation's details, read once and shared by every screen that shows or uses them. */
export const organisationQuery = queryOptions({
  queryKey: queryKeys.organisation,
  queryFn: () => call('getOrganisation', {}),
});
