/** Cache keys of the backup screens; a backup or restore invalidates them all. */
export const BACKUP_QUERY_KEYS = {
  all: ['backup'] as const,
  status: ['backup', 'status'] as const,
  targets: ['backup', 'targets'] as const,
  safetyCopies: ['backup', 'safetyCopies'] as const,
};
