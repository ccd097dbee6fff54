import type { RawDatabase } from './database';
import { appErrorFromSqlite } from './sqlite-errors';

/**
 * SQLite's quick_check: every page and record is read and checked, but indexes are not compared
 * with their tables, which keeps it linear in the file size. A page whose SQLCipher tag does not
 * verify makes the check fail with an error rather than a report; both mean "damaged".
 */
export function isDatabaseIntact(raw: RawDatabase): boolean {
  try {
    const rows = raw.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch (error) {
    if (appErrorFromSqlite(error)?.code === 'DATABASE_CORRUPT') return false;
    throw error;
  }
}
