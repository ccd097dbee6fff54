import type { RowCounts } from '../../shared/domain/backup';
import { openEncryptedReadOnly, type RawDatabase } from './database';
import { appErrorFromSqlite } from './sqlite-errors';

/** Every table the app keeps data in: SQLite's own tables are not the centre's data. */
export function countRows(raw: RawDatabase): RowCounts {
  const tables = raw
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const counts: RowCounts = {};
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    counts[table] = raw.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get() as number;
  }
  return counts;
}

/**
 * A consistent copy of the whole database, encrypted with the same key and cipher settings
 * (SQLCipher applies the main database's key to the VACUUM INTO target). It runs on the core's
 * one connection, between calls, so no write can land half-way.
 */
export function snapshotInto(raw: RawDatabase, file: string): void {
  raw.prepare('VACUUM INTO ?').run(file);
}

export interface SnapshotCheck {
  isIntact: boolean;
  counts: RowCounts;
  schemaVersion: number;
}

/** Opens an encrypted snapshot read-only and checks it page by page (`PRAGMA integrity_check`). */
export function checkSnapshot(file: string, key: Buffer): SnapshotCheck {
  const raw = openEncryptedReadOnly(file, key);
  try {
    let isIntact: boolean;
    try {
      const rows = raw.pragma('integrity_check') as { integrity_check: string }[];
      isIntact = rows.length === 1 && rows[0]?.integrity_check === 'ok';
    } catch (error) {
      if (appErrorFromSqlite(error)?.code !== 'DATABASE_CORRUPT') throw error;
      isIntact = false;
    }
    return {
      isIntact,
      counts: isIntact ? countRows(raw) : {},
      schemaVersion: raw.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    raw.close();
  }
}

/** Whether `key` opens the encrypted file at all. */
export function doesKeyOpen(file: string, key: Buffer): boolean {
  try {
    openEncryptedReadOnly(file, key).close();
    return true;
  } catch {
    return false;
  }
}
