// Looks at a data folder from outside the product: file fingerprints and a raw encrypted open.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { openEncryptedDatabase } from '../../main/store/database';
import { vaultPaths } from '../../main/vault/vault';
import { everyTableRow } from '../support/table-rows';

/** SHA-256 of the database and key files (and a WAL, if one is left), to prove nothing was written. */
export function fingerprint(dataDir: string): string {
  const { database, keySlots } = vaultPaths(dataDir);
  return [database, `${database}-wal`, keySlots]
    .map((file) =>
      existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '-',
    )
    .join(' ');
}

export function copyDataDir(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

export interface RawLook {
  /** `PRAGMA integrity_check`'s answer: 'ok', or the problems it lists. */
  integrity: string;
  /** Every row of every table, in rowid order: two equal snapshots mean identical data. */
  rows: Record<string, unknown[]>;
}

/**
 * Opens the database with its key behind the product's back (the product must not be running)
 * and reads everything. Opening replays a WAL left by a crash, as any open would.
 */
export function lookInside(dataDir: string, key: Buffer): RawLook {
  const db = openEncryptedDatabase(vaultPaths(dataDir).database, key);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    return { integrity, rows: everyTableRow(db) };
  } finally {
    db.close();
  }
}

/** Names the tables whose rows differ between two snapshots, or '' when they are identical. */
export function rowDifferences(before: RawLook['rows'], after: RawLook['rows']): string {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables]
    .filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]))
    .map((table) => `${table} (${before[table]?.length ?? 0} → ${after[table]?.length ?? 0} rows)`)
    .join(', ');
}

/** The root page of `table` and the page size, to aim a fault at that table's data. */
export function pageOfTable(
  dataDir: string,
  key: Buffer,
  table: string,
): { page: number; pageSize: number } {
  const db = openEncryptedDatabase(vaultPaths(dataDir).database, key);
  try {
    const page = db
      .prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?")
      .pluck()
      .get(table) as number | undefined;
    if (page === undefined) throw new Error(`no table ${table}`);
    return { page, pageSize: db.pragma('page_size', { simple: true }) as number };
  } finally {
    db.close();
  }
}
