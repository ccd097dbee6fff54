import { apiError, type ApiError, type ErrorCode, type MessageParams } from '../shared/api/errors';

/** A failure the user can be told about: a stable code and a translatable message key. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly params?: MessageParams,
  ) {
    super(code);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return apiError(this.code, this.messageKey, this.params ? { params: this.params } : {});
  }
}
