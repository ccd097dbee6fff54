/**
 * No "required" errors while someone is still filling a form in: fields are checked at the first
 * submit, and from then on as they change, so a fixed error goes away at once.
 */
export const VALIDATE_AFTER_FIRST_SUBMIT = {
  mode: 'onSubmit',
  reValidateMode: 'onChange',
} as const;
