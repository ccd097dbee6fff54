import type { FieldError } from '../../shared/api/errors';

/** The "confirm password" rule: the schema sees one password, the form asks for it twice. */
export function confirmationErrors(
  password: string,
  confirmation: string,
  field: string,
): FieldError[] {
  return password === confirmation
    ? []
    : [{ path: field, messageKey: 'validation.passwordsDiffer' }];
}
