import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../app/query-keys';

/** After any resource change: the lists here, and every printout that prints the resources. */
export const refreshResources = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.resources }),
    queryClient.invalidateQueries({ queryKey: queryKeys.print }),
  ]);
