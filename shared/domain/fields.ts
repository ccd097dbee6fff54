import { z } from 'zod';
import { trimInvisible } from '../text/invisible';

/**
 * A required single-line text such as a name, trimmed of invisible characters at both ends.
 * Text made only of them (a zero-width space, a BOM) would look like a blank name in every list.
 */
export const requiredText = (max: number) =>
  z
    .string()
    .refine((text) => text.trim() === '' || trimInvisible(text) !== '', {
      error: 'validation.invisibleOnly',
      abort: true,
    })
    .overwrite(trimInvisible)
    .min(1)
    .max(max);

/** An optional text: empty string means "not given", so forms and storage stay simple. */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * A name that matches another record's (ignoring case, accents and spaces) is refused unless the
 * person saw the warning and chose to save anyway: two "Grief Café" groups confuse everyone.
 */
export const duplicateNameConfirmation = { isDuplicateNameConfirmed: z.boolean().default(false) };

export const id = z.number().int().positive();
export const idInput = z.strictObject({ id });
export const noInput = z.strictObject({}).default({});

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A civil date `YYYY-MM-DD` in the organisation's time zone. */
export const civilDate = z
  .string()
  .regex(DATE_PATTERN, { error: 'validation.date', abort: true })
  .refine(isRealCalendarDate, { error: 'validation.date' });

/** A wall-clock time `HH:MM` in the organisation's time zone. */
export const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });

export const optionalEmail = z
  .union([z.literal(''), z.email({ error: 'validation.email' }).max(200)])
  .default('');

export const optionalPhone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+()\-.\s/ext]*$/i, { error: 'validation.phone' })
  .default('');

export const optionalUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'validation.url' }).max(500)])
  .default('');

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
timeZones.add('UTC');

export const timeZone = z
  .string()
  .refine((tz) => timeZones.has(tz), { error: 'validation.timeZone' });

/** The languages Circlekeeper speaks (screens, messages, printables). Arabic is right to left. */
export const LANGUAGES = ['en', 'es', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const language = z.enum(LANGUAGES);

/** Ours for a locale tag ("fr-CA", "ar_MA.UTF-8"), else English. */
export function languageOfLocale(tag: string): Language {
  const code = tag.toLowerCase().slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
}

/** BCP-47-ish language codes spoken in a group (e.g. `en`, `es`, `ar`, `pt-BR`). */
export const spokenLanguages = z
  .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'validation.languageCode' }))
  .max(10)
  .default([]);

/**
 * For a cross-field rule's `when`: runs the rule as soon as the fields it reads are valid,
 * whatever else in the form is wrong, so every message shows at once.
 */
export const whenFieldsValid =
  <T>(fields: readonly (keyof T)[]) =>
  (payload: z.core.ParsePayload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    payload.issues.every((issue) => {
      const field = issue.path?.[0];
      // A root-level issue (not an object, unknown keys) means nothing can be read safely.
      return field !== undefined && !fields.includes(field as keyof T);
    });
