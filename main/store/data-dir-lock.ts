import Sqlite from 'better-sqlite3-multiple-ciphers';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../app-error';

export const LOCK_FILE = 'circlekeeper.lock';

export interface DataDirLock {
  release(): void;
}

/**
 * Makes the data folder (owner-only, even when it already existed) and claims it for this
 * process. The claim is SQLite's own file lock on an empty database, kept until the
 * connection closes: the OS drops it when the process ends, even after kill -9, and SQLite
 * also refuses a second connection from another thread of the same process.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dataDir, 0o700);
  const db = new Sqlite(path.join(dataDir, LOCK_FILE));
  try {
    db.pragma('busy_timeout = 0');
    // No journal file beside the lock, and exclusive mode keeps the lock after COMMIT.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    db.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') throw new AppError('DATA_DIR_IN_USE');
    throw error;
  }
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}
