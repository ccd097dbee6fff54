// A restore replaces two files (the database and its key-slot file) that must change together.
// The new pair is staged and fsynced first; writing the journal is the one step that commits.
// From then on the restore only moves files by renames, each of which can run again, and
// whoever opens the folder next (this process, or the next start after a kill) finishes the
// moves before anything reads the folder. Killed before the journal: the old data, untouched.
// Killed after: the new data, once finished. Never a mix, never nothing.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RowCounts } from '../../shared/domain/backup';
import { AppError } from '../app-error';
import { syncDirectory, writeFileAtomic } from '../vault/atomic-file';
import { setAside } from '../vault/set-aside';
import { DATABASE_FILE, KEYSLOTS_FILE } from '../vault/vault';

export const RESTORE_JOURNAL = 'restore-journal.json';
export const STAGING_DIR = 'restore-staging';
export const SAFETY_COPIES_DIR = 'safety-copies';
export const SAFETY_COPY_META = 'safety-copy.json';

/** The live files a restore moves out, the database last: it decides what the folder holds. */
const OLD_FILES = [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEYSLOTS_FILE, DATABASE_FILE];

export interface SafetyCopyMeta {
  createdAt: string;
  counts: RowCounts;
  sizeBytes: number;
}

export interface RestoreJournal {
  version: 1;
  /** Where the current data goes; null on a new PC, which has none. */
  safetyCopy: ({ id: string } & SafetyCopyMeta) | null;
}

export function stagingPaths(dataDir: string) {
  const dir = path.join(dataDir, STAGING_DIR);
  return {
    dir,
    database: path.join(dir, DATABASE_FILE),
    /** Only a safety copy made on a full disk can have one (its WAL could not be folded in). */
    wal: path.join(dir, `${DATABASE_FILE}-wal`),
    keySlots: path.join(dir, KEYSLOTS_FILE),
  };
}

export function safetyCopyDir(dataDir: string, id: string): string {
  return path.join(dataDir, SAFETY_COPIES_DIR, id);
}

/** The single step that commits a staged restore (an atomic write of the journal). */
export function commitRestore(dataDir: string, journal: RestoreJournal): void {
  writeFileAtomic(path.join(dataDir, RESTORE_JOURNAL), `${JSON.stringify(journal)}\n`);
}

function readJournal(file: string): RestoreJournal {
  try {
    const journal = JSON.parse(readFileSync(file, 'utf8')) as RestoreJournal;
    if (journal.version !== 1) throw new Error('unknown journal version');
    return journal;
  } catch {
    // Written atomically, so it is whole or absent: anything else needs a person to look.
    throw new AppError('DATA_DIR_PROBLEM');
  }
}

/**
 * The moves that finish a committed restore, in order. Each checks what is on disk, so the list
 * can run again from the start after a kill at any point.
 */
export function restoreMoves(dataDir: string, journal: RestoreJournal): (() => void)[] {
  const staged = stagingPaths(dataDir);
  const live = (name: string) => path.join(dataDir, name);
  const moveOldOut = (name: string) => () => {
    // While the staged database waits, whatever sits in the folder is the old data.
    if (!existsSync(staged.database) || !existsSync(live(name))) return;
    if (!journal.safetyCopy) {
      setAside(live(name), new Date());
      return;
    }
    const dir = safetyCopyDir(dataDir, journal.safetyCopy.id);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    renameSync(live(name), path.join(dir, name));
  };
  const moveIn = (from: string, name: string) => () => {
    if (existsSync(from)) renameSync(from, live(name));
  };
  return [
    ...OLD_FILES.map(moveOldOut),
    moveIn(staged.database, DATABASE_FILE),
    // After the database: once it has moved, nothing in the folder is taken for old data.
    moveIn(staged.wal, `${DATABASE_FILE}-wal`),
    moveIn(staged.keySlots, KEYSLOTS_FILE),
  ];
}

function finish(dataDir: string, journal: RestoreJournal): void {
  if (journal.safetyCopy) {
    const { id, ...meta } = journal.safetyCopy;
    const dir = safetyCopyDir(dataDir, id);
    if (existsSync(dir)) {
      writeFileAtomic(path.join(dir, SAFETY_COPY_META), `${JSON.stringify(meta)}\n`);
      syncDirectory(dir);
    }
  }
  syncDirectory(dataDir);
  rmSync(stagingPaths(dataDir).dir, { recursive: true, force: true });
  rmSync(path.join(dataDir, RESTORE_JOURNAL), { force: true });
  syncDirectory(dataDir);
}

/** Runs the moves of a committed restore and clears the journal. */
export function completeRestore(dataDir: string, journal: RestoreJournal): void {
  for (const move of restoreMoves(dataDir, journal)) move();
  finish(dataDir, journal);
}

/**
 * At start, before the folder is read: finishes a restore that was committed but cut short,
 * and removes staged files that were never committed (a copy of a backup, which still exists).
 */
export function completeInterruptedRestore(dataDir: string): void {
  const journalFile = path.join(dataDir, RESTORE_JOURNAL);
  if (existsSync(journalFile)) {
    completeRestore(dataDir, readJournal(journalFile));
  } else if (existsSync(stagingPaths(dataDir).dir)) {
    rmSync(stagingPaths(dataDir).dir, { recursive: true, force: true });
  }
}
