import type { FieldError } from '../../shared/api/errors';
import { isPasswordAcceptable } from '../../shared/domain/password';

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

/**
 * A new password for an account whose username the schema does not see (a reset, a change):
 * the rules and the confirmation, checked in the form as the core checks them.
 */
export function newPasswordErrors(
  values: { newPassword: string; confirmPassword: string },
  username: string,
): FieldError[] {
  const weak: FieldError[] = isPasswordAcceptable(values.newPassword, username)
    ? []
    : [{ path: 'newPassword', messageKey: 'validation.weakPassword' }];
  return [
    ...weak,
    ...confirmationErrors(values.newPassword, values.confirmPassword, 'confirmPassword'),
  ];
}
