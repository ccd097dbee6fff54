import { z } from 'zod';
import { anyPassword, recoveryKeyText, username } from './vault';

/** Backup files end in this; the folder pickers list only these and folders. */
export const BACKUP_EXTENSION = '.ckbackup';
export const BACKUP_KEEP_COUNT = { min: 1, max: 100, default: 10 } as const;
export const BACKUP_NAG_AFTER_DAYS = { min: 1, max: 90, default: 7 } as const;

/**
 * An absolute folder or file path on this PC. The host and the core run on the same PC as the
 * browser, which cannot open native dialogs: the pickers browse through the core instead.
 * Relative paths are refused, so nothing depends on the core's working directory.
 */
export const absolutePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    error: 'validation.absolutePath',
  });

/**
 * What opens a backup: an admin password valid when the backup was made (with the username),
 * or the recovery key of that time. Only these can unwrap the key copies in the file's header.
 */
export const backupSecretSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('password'), username, password: anyPassword }),
  z.strictObject({ kind: z.literal('recoveryKey'), recoveryKey: recoveryKeyText }),
]);
export type BackupSecret = z.infer<typeof backupSecretSchema>;

export const createBackupInputSchema = z.strictObject({
  targetDir: absolutePath,
  /** Left out, the name is `circlekeeper-YYYY-MM-DD-HHMM.ckbackup` (the CLI's `--to FILE`). */
  fileName: z
    .string()
    .regex(/^[^/\\:*?"<>|]{1,200}\.ckbackup$/, { error: 'validation.backupFileName' })
    .optional(),
});
export const listFolderInputSchema = z.strictObject({ path: absolutePath });
export const openBackupInputSchema = z.strictObject({
  file: absolutePath,
  secret: backupSecretSchema,
});
export const restoreSafetyCopyInputSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[0-9A-Za-z-]{1,80}$/)
    .max(80),
  /** Needed only when the copy was made under another key (it came from a restored backup). */
  secret: backupSecretSchema.optional(),
});
export const backupSettingsInputSchema = z.strictObject({
  keepCount: z.number().int().min(BACKUP_KEEP_COUNT.min).max(BACKUP_KEEP_COUNT.max),
  nagAfterDays: z.number().int().min(BACKUP_NAG_AFTER_DAYS.min).max(BACKUP_NAG_AFTER_DAYS.max),
});

/** Rows per user table, e.g. `{ group: 312, volunteer: 5004, session: 151220 }`. */
export type RowCounts = Record<string, number>;

export interface BackupResult {
  /** Full path of the verified file. */
  file: string;
  fileName: string;
  /** ISO instant of the snapshot. */
  createdAt: string;
  counts: RowCounts;
  sizeBytes: number;
  /** Always true: a backup that fails verification is removed and reported as an error. */
  verified: true;
}

export interface LastBackup {
  at: string;
  targetDir: string;
  fileName: string;
  counts: RowCounts;
  sizeBytes: number;
}

export interface BackupStatus {
  /** The last verified backup, or null when none was ever made from this PC. */
  last: LastBackup | null;
  keepCount: number;
  nagAfterDays: number;
}

export type BackupTargetKind = 'removable' | 'lastUsed' | 'folder';

export interface BackupTarget {
  path: string;
  /** The drive's label or folder name, to show beside its free space. */
  label: string;
  freeBytes: number;
  kind: BackupTargetKind;
}

export interface FolderListing {
  path: string;
  /** The parent folder, or null at a root. */
  parent: string | null;
  folders: { name: string; path: string }[];
  backups: { name: string; path: string; sizeBytes: number; modifiedAt: string }[];
}

export interface BackupPreview {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  deviceLabel: string;
  counts: RowCounts;
  sizeBytes: number;
}

export interface SafetyCopy {
  id: string;
  createdAt: string;
  counts: RowCounts;
  sizeBytes: number;
}

export type BackupPhase =
  'snapshot' | 'sealing' | 'verifying' | 'checking' | 'restoring' | 'done' | 'failed';

/**
 * How far the running backup or restore is. `doneBytes`/`totalBytes` are estimates for the bar;
 * `totalBytes` is 0 while a step has no measure (`checking`: SQLite reads the copy back inside
 * one statement; `restoring`), and the bar then shows work without a percentage.
 * `null` when no backup or restore ran since the core started.
 */
export interface BackupProgress {
  operation: 'backup' | 'restore';
  phase: BackupPhase;
  doneBytes: number;
  totalBytes: number;
  startedAt: string;
}
