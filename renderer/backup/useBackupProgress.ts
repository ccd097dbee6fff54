import { useQuery } from '@tanstack/react-query';
import { call } from '../api/client';

const POLL_MS = 400;

/**
 * The running backup's or restore's progress, polled while `isRunning`. The host answers
 * getBackupProgress outside the core's queue, so polling never waits behind the work itself.
 */
export function useBackupProgress(isRunning: boolean) {
  const progress = useQuery({
    queryKey: ['backupProgress'],
    queryFn: () => call('getBackupProgress', {}),
    enabled: isRunning,
    refetchInterval: isRunning ? POLL_MS : false,
    gcTime: 0,
  });
  return isRunning ? (progress.data ?? null) : null;
}
