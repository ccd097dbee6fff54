import {
  apiError,
  type ApiError,
  type ErrorCode,
  type FieldError,
  type MessageParams,
} from '../shared/api/errors';

/** A failure the user can be told about: a stable code and a translatable message key. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly params?: MessageParams,
    readonly fieldErrors?: FieldError[],
  ) {
    super(code);
    this.name = 'AppError';
  }

  /** A value the schema accepts but the data refuses, such as a location that was deleted. */
  static invalidField(path: string, messageKey: string): AppError {
    return new AppError('VALIDATION_FAILED', 'errors.VALIDATION_FAILED', undefined, [
      { path, messageKey },
    ]);
  }

  toApiError(): ApiError {
    return apiError(this.code, this.messageKey, {
      ...(this.params ? { params: this.params } : {}),
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
    });
  }
}
