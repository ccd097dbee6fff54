// The centre's locations, one query for every screen that lists or offers them: the calendar's
// router loader starts it (renderer/app/route-prefetch.ts) under the same cache key.
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';

export const locationListQuery = queryOptions({
  queryKey: queryKeys.locations,
  queryFn: () => call('listLocations', {}),
});
