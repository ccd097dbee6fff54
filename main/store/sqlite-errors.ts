import { AppError } from '../app-error';

/**
 * What an SQLite result code means for the user. Extended codes (SQLITE_CORRUPT_INDEX,
 * SQLITE_READONLY_DBMOVED…) share their primary code's prefix, so prefixes are matched.
 * SQLITE_CANTOPEN is not here: only a look at the folder can say why a file cannot be opened.
 */
const SQLITE_MEANINGS = [
  ['SQLITE_CORRUPT', 'DATABASE_CORRUPT'],
  ['SQLITE_NOTADB', 'DATABASE_CORRUPT'],
  ['SQLITE_FULL', 'DISK_FULL'],
  ['SQLITE_READONLY', 'READ_ONLY'],
] as const;

/**
 * better-sqlite3's SqliteError carries the result code name in `code`. It is recognised by shape,
 * not `instanceof`: the native module builds its errors in the realm that loaded it first.
 */
export function sqliteCode(error: unknown): string | null {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'SqliteError' && typeof code === 'string' ? code : null;
}

export function appErrorFromSqlite(error: unknown): AppError | null {
  const code = sqliteCode(error);
  if (!code) return null;
  const meaning = SQLITE_MEANINGS.find(([prefix]) => code.startsWith(prefix));
  return meaning ? new AppError(meaning[1]) : null;
}
