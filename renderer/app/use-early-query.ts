import {
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';

/**
 * `useQuery`, with the call sent while the screen renders rather than once React has put it on
 * the page (`useQuery` subscribes, and so calls, in an effect after the commit): the core works
 * on the answer while the browser removes the last screen and lays out this one. Only a query
 * never asked for before is sent early; anything else (data to refresh, a call that failed) is
 * left to `useQuery`'s own rules, which send it at most once.
 */
export function useEarlyQuery<TData, TQueryKey extends QueryKey>(
  options: UseQueryOptions<TData, Error, TData, TQueryKey>,
): UseQueryResult<TData> {
  const queryClient = useQueryClient();
  const { queryKey, queryFn, enabled } = options;
  const isEnabled = enabled === undefined || enabled === true;
  if (isEnabled && typeof queryFn === 'function' && !queryClient.getQueryState(queryKey)) {
    void queryClient.prefetchQuery({ queryKey, queryFn });
  }
  return useQuery(options);
}
