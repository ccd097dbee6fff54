import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../api/client';
import { toFormErrors } from './zod-resolver';

export const SUBMIT_ERROR = 'root.submit';

/**
 * Shows a failed save on the form: the core's field errors next to their fields (focusing the
 * first), anything else as one message above the form.
 */
export function showApiErrorOnForm<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  error: unknown,
  values: Values,
  fieldFor?: (path: string, values: Values) => string,
): void {
  const apiError = error instanceof ApiCallError ? error.error : null;
  const fieldErrors = apiError?.fieldErrors ?? [];
  if (fieldErrors.length > 0) {
    const errors = Object.entries(toFormErrors(fieldErrors, values, fieldFor));
    errors.forEach(([field, fieldError], index) =>
      setError(field as Path<Values>, fieldError, { shouldFocus: index === 0 }),
    );
    if (errors.some(([field]) => field !== 'root')) return;
  }
  const messageKey = apiError?.messageKey ?? 'errors.INTERNAL';
  const types = Object.fromEntries(
    Object.entries(apiError?.params ?? {}).map(([key, value]) => [key, String(value)]),
  );
  setError(SUBMIT_ERROR as Path<Values>, { type: messageKey, message: messageKey, types });
}
