import {
  closeSync,
  copyFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  truncateSync,
} from 'node:fs';
import type { RowCounts } from '../../shared/domain/backup';
import { AppError } from '../app-error';
import { doesKeyOpen } from '../store/snapshot';
import { syncDirectory } from '../vault/atomic-file';
import { DATABASE_SALT_BYTES, writeKeySlotFile, type KeySlotFile } from '../vault/keyslots';
import {
  commitRestore,
  completeRestore,
  stagingPaths,
  type RestoreJournal,
} from './restore-journal';
import { copyIfPresent, newSafetyCopyId } from './safety-copies';
import type { OpenedBackup } from './verifier';

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function saltOf(file: string): string {
  const salt = Buffer.alloc(DATABASE_SALT_BYTES);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, salt, 0, salt.length, 0);
  } finally {
    closeSync(fd);
  }
  return salt.toString('base64');
}

/** Builds staged files from scratch; on any failure they go, and the live data never moved. */
function staging(dataDir: string, build: (staged: ReturnType<typeof stagingPaths>) => void) {
  const staged = stagingPaths(dataDir);
  rmSync(staged.dir, { recursive: true, force: true });
  try {
    mkdirSync(staged.dir, { recursive: true, mode: 0o700 });
    build(staged);
  } catch (error) {
    rmSync(staged.dir, { recursive: true, force: true });
    throw error;
  }
}

/** Staged files, fsynced, whose key is checked: only a journal write stands before them. */
function sealStaging(dataDir: string, key: Buffer, keySlots: KeySlotFile): void {
  const staged = stagingPaths(dataDir);
  syncFile(staged.database);
  if (!doesKeyOpen(staged.database, key)) throw new AppError('BACKUP_DAMAGED');
  // The snapshot has a salt of its own: the key-slot file must name it, or it reads as foreign.
  writeKeySlotFile(staged.keySlots, { ...keySlots, databaseSalt: saltOf(staged.database) });
  syncDirectory(staged.dir);
}

/** Copies a verified backup's database (the body, without header and trailer) into staging. */
export function stageBackup(dataDir: string, backupFile: string, opened: OpenedBackup): void {
  staging(dataDir, (staged) => {
    copyFileSync(backupFile, staged.database);
    truncateSync(staged.database, opened.envelope.header.bodyBytes);
    sealStaging(dataDir, opened.key, opened.keySlots);
  });
}

/** Copies a safety copy into staging; the copy itself stays listed. */
export function stageSafetyCopy(
  dataDir: string,
  files: { database: string; wal: string; keySlots: KeySlotFile },
  key: Buffer,
): void {
  staging(dataDir, (staged) => {
    copyFileSync(files.database, staged.database);
    copyIfPresent(files.wal, staged.wal);
    sealStaging(dataDir, key, files.keySlots);
  });
}

export interface LiveData {
  counts: RowCounts;
  sizeBytes: number;
  /** Closes the database so its files can move; the session ends with it. */
  close: () => Promise<void>;
}

/**
 * Commits the staged restore and finishes it. The current data, if any, becomes a safety copy
 * (moved, never deleted). See restore-journal.ts for why a kill at any point is safe.
 */
export async function commitStagedRestore(
  dataDir: string,
  live: LiveData | null,
  now: Date,
): Promise<void> {
  const journal: RestoreJournal = {
    version: 1,
    safetyCopy: live
      ? {
          id: newSafetyCopyId(now, dataDir),
          createdAt: now.toISOString(),
          counts: live.counts,
          sizeBytes: live.sizeBytes,
        }
      : null,
  };
  await live?.close();
  commitRestore(dataDir, journal);
  completeRestore(dataDir, journal);
}
