// Forms validate with the very zod schemas the core uses, so the screen and the core can never
// disagree. Messages stay i18n keys (with params) until a field shows them.
import type { TFunction } from 'i18next';
import {
  set,
  type FieldError as FormFieldError,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import type { z } from 'zod';
import type { FieldError, MessageParams } from '../../shared/api/errors';
import { toFieldErrors } from '../../shared/validation';

export type FormErrors = Record<string, FormFieldError>;

export interface FormSchemaOptions<Values> {
  schema: z.ZodType;
  /** Turns what the form holds (strings, mostly) into the method's input. */
  toInput: (values: Values) => unknown;
  /** Which form field shows an input path, e.g. `schedule.startTime` → `startTime`. */
  fieldFor?: (path: string, values: Values) => string;
  /** Rules no schema can state, such as two password fields being equal. */
  extraErrors?: (values: Values) => FieldError[];
}

function paramsAsTypes(params: MessageParams | undefined): Record<string, string> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Forms hold numbers as text, so a "wrong type" from the schema means the box is empty (say
 * "required") or holds something that is not a whole number (say so).
 */
function typeMessage(value: unknown): string {
  if (isBlank(value)) return 'validation.required';
  return typeof value === 'string' ? 'common.wholeNumber' : 'validation.invalidType';
}

/** First error per form field, with messages that suit a form. */
export function toFormErrors<Values extends FieldValues>(
  fieldErrors: FieldError[],
  values: Values,
  fieldFor: (path: string, values: Values) => string = (path) => path,
): FormErrors {
  const errors: FormErrors = {};
  for (const error of fieldErrors) {
    const field = error.path === '' ? 'root' : fieldFor(error.path, values);
    if (errors[field]) continue;
    const messageKey =
      error.messageKey === 'validation.invalidType' ? typeMessage(values[field]) : error.messageKey;
    errors[field] = { type: messageKey, message: messageKey, types: paramsAsTypes(error.params) };
  }
  return errors;
}

export function zodFormResolver<Values extends FieldValues>(
  options: FormSchemaOptions<Values>,
): Resolver<Values> {
  return (values) => {
    const parsed = options.schema.safeParse(options.toInput(values));
    // The form's own, more specific messages win over the schema's for the same field.
    const fieldErrors = [
      ...(options.extraErrors?.(values) ?? []),
      ...(parsed.success ? [] : toFieldErrors(parsed.error)),
    ];
    if (fieldErrors.length === 0) return { values, errors: {} };
    // Nested like the values ("availability.0.to" → errors.availability[0].to): react-hook-form
    // clears a fixed field's error by walking that path, and a flat key would never go away.
    const errors: FieldErrors<Values> = {};
    for (const [field, error] of Object.entries(
      toFormErrors(fieldErrors, values, options.fieldFor),
    )) {
      set(errors, field, error);
    }
    return { values: {}, errors };
  };
}

/** The message a form error shows, in the current language. */
export function translateFormError(
  t: TFunction,
  error: { message?: string; types?: object } | undefined,
): string | undefined {
  if (!error?.message) return undefined;
  return t(error.message, { ...error.types });
}
