// Errors are values at the edge: a stable code plus a translatable message key, never a stack or SQL.

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_METHOD',
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'LOCKED',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'WRONG_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'ACCOUNT_DISABLED',
  'NOT_FOUND',
  'CONFLICT',
  'SCHEMA_TOO_NEW',
  'DATA_DIR_PROBLEM',
  /** The folder holds a database but its key file is missing or damaged. */
  'KEY_FILE_PROBLEM',
  /** Another Circlekeeper process holds this data folder. */
  'DATA_DIR_IN_USE',
  'DATA_DIR_MISSING',
  'DATA_DIR_NOT_A_FOLDER',
  'DATABASE_CORRUPT',
  'DISK_FULL',
  'READ_ONLY',
  'PORT_IN_USE',
  /** The browser host's address (its per-launch token) is from an earlier start, or missing. */
  'STALE_ADDRESS',
  /** Another record has this name; the input may confirm that this is intended. */
  'DUPLICATE_NAME',
  /** The file is not a Circlekeeper backup at all. */
  'BACKUP_NOT_A_BACKUP',
  /** The file's authentication tag does not verify: truncated, damaged or altered. */
  'BACKUP_DAMAGED',
  /** Made by a newer Circlekeeper (a newer file format or database schema). */
  'BACKUP_TOO_NEW',
  /** A freshly written backup did not read back right; it was removed. */
  'BACKUP_VERIFY_FAILED',
  /** The backup folder or drive is not there (any more). */
  'BACKUP_TARGET_MISSING',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type MessageParams = Record<string, string | number>;

export interface FieldError {
  /** Dotted path of the input field, e.g. `schedule.startTime`. */
  path: string;
  messageKey: string;
  params?: MessageParams;
}

export interface ApiError {
  code: ErrorCode;
  messageKey: string;
  params?: MessageParams;
  fieldErrors?: FieldError[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function apiError(
  code: ErrorCode,
  messageKey: string,
  extra: Omit<ApiError, 'code' | 'messageKey'> = {},
): ApiError {
  return { code, messageKey, ...extra };
}
