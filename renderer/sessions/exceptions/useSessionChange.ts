import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../app/query-keys';

/**
 * Runs one session write, then refreshes every view of sessions (the page, lists, calendar,
 * closures' counts): a cancel or a move shows everywhere at once.
 */
export function useSessionChange(): <T>(write: () => Promise<T>) => Promise<T> {
  const queryClient = useQueryClient();
  return async (write) => {
    const result = await write();
    await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    return result;
  };
}
