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
