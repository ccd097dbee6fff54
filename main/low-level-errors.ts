import type { ErrorCode } from '../shared/api/errors';
import { AppError } from './app-error';
import { appErrorFromSqlite } from './store/sqlite-errors';

/** What a Node system error means for the user; anything else stays INTERNAL. */
const ERRNO_MEANINGS: Record<string, ErrorCode> = {
  ENOSPC: 'DISK_FULL',
  EDQUOT: 'DISK_FULL',
  EROFS: 'READ_ONLY',
  EACCES: 'READ_ONLY',
  EPERM: 'READ_ONLY',
  ENOENT: 'DATA_DIR_MISSING',
  ENOTDIR: 'DATA_DIR_NOT_A_FOLDER',
  EADDRINUSE: 'PORT_IN_USE',
};

/**
 * Turns a failure from the disk, SQLite or the network into an error the user can act on, or
 * returns null when it has no meaning beyond "something broke" (the caller reports INTERNAL).
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const fromSqlite = appErrorFromSqlite(error);
  if (fromSqlite) return fromSqlite;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !Object.hasOwn(ERRNO_MEANINGS, code)) return null;
  return new AppError(ERRNO_MEANINGS[code]!);
}
