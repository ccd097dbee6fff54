import { queryOptions } from '@tanstack/react-query';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

/** The settings, read once and shared by each part of the Settings screen. */
export const settingsQuery = queryOptions({
  queryKey: queryKeys.settings,
  queryFn: () => call('getSettings', {}),
});
