import { queryOptions } from '@tanstack/react-query';
import { call } from '../api/client';

/** Cache keys of the backup screens; a backup or restore invalidates them all. */
export const BACKUP_QUERY_KEYS = {
  all: ['backup'] as const,
  status: ['backup', 'status'] as const,
  targets: ['backup', 'targets'] as const,
  safetyCopies: ['backup', 'safetyCopies'] as const,
};

/** The backup settings and the last verified backup (the dashboard's note reads it too). */
export const backupStatusQuery = queryOptions({
  queryKey: BACKUP_QUERY_KEYS.status,
  queryFn: () => call('getBackupStatus', {}),
});
