import { z } from 'zod';
import { IMPORT_FIELDS, type ImportField, type MappedRow } from '../csv/volunteer-columns';
import { foldForSearch } from '../text/fold';
import type { MessageParams } from '../api/errors';
import { toFieldErrors } from '../validation';
import { volunteerInputSchema, type VolunteerFields } from './volunteers';

// A CSV import of volunteers (issue 12): rows as mapped by the person importing, checked with the
// very schema a volunteer typed in the form is checked with, in the renderer, the CLI and the core.

/** More rows than any centre's volunteer list: a bigger file is the wrong file. */
export const MAX_IMPORT_ROWS = 5000;

export const importRowSchema = z.strictObject({
  /** As the spreadsheet shows it: the header is row 1. */
  rowNumber: z.number().int().min(2),
  fields: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(5000)),
});
export type ImportRow = z.output<typeof importRowSchema>;

export const importVolunteersInputSchema = z.strictObject({
  rows: z.array(importRowSchema).min(1).max(MAX_IMPORT_ROWS),
  /** Rows flagged as possible duplicates that the person importing wants imported all the same. */
  confirmDuplicates: z.array(z.number().int()).max(MAX_IMPORT_ROWS).default([]),
  /** Check everything and report duplicates, writing nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportVolunteersInput = z.input<typeof importVolunteersInputSchema>;

/** A row that looks like a volunteer already there, or like an earlier row of the file. */
export interface ImportDuplicate {
  rowNumber: number;
  displayName: string;
  /** The earlier row of the file it repeats; null when it matches a volunteer already stored. */
  sameAsRow: number | null;
}

export interface ImportResult {
  /** How many volunteers were added (or, on a dry run, would be). */
  imported: number;
  /** Every possible duplicate; those not confirmed were skipped. */
  duplicates: ImportDuplicate[];
  isDryRun: boolean;
}

/** One thing wrong with one row, for "Row 12, Email 'x@': Enter an email address…". */
export interface RowProblem {
  rowNumber: number;
  field: ImportField | null;
  messageKey: string;
  params?: MessageParams;
}

const STATUS_WORDS: Record<string, VolunteerFields['status']> = {
  applicant: 'applicant',
  solicitante: 'applicant',
  candidato: 'applicant',
  candidata: 'applicant',
  candidat: 'applicant',
  candidate: 'applicant',
  متقدم: 'applicant',
  active: 'active',
  activo: 'active',
  activa: 'active',
  actif: 'active',
  نشط: 'active',
  inactive: 'inactive',
  inactivo: 'inactive',
  inactiva: 'inactive',
  inactif: 'inactive',
  'غير نشط': 'inactive',
};

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  ingles: 'en',
  anglais: 'en',
  spanish: 'es',
  espanol: 'es',
  espagnol: 'es',
  french: 'fr',
  frances: 'fr',
  francais: 'fr',
  arabic: 'ar',
  arabe: 'ar',
  العربية: 'ar',
};

const listOf = (text: string | undefined) =>
  (text ?? '')
    .split(/[,;|/]/)
    .map((item) => item.trim())
    .filter(Boolean);

const languageCode = (text: string) => LANGUAGE_NAMES[foldForSearch(text)] ?? text.toLowerCase();

/** The row in the shape of the volunteer form's input; what is not understood is passed as it is. */
export function toVolunteerInput(fields: MappedRow): Record<string, unknown> {
  const { languages, skills, status, startDate, ...texts } = fields;
  return {
    // An empty cell is left out of the row, and a missing first name would read "wrong kind".
    firstName: '',
    ...texts,
    languages: listOf(languages).map(languageCode),
    skills: listOf(skills),
    ...(status ? { status: STATUS_WORDS[foldForSearch(status)] ?? status } : {}),
    ...(startDate ? { startDate } : {}),
  };
}

export type RowCheck =
  | { ok: true; rowNumber: number; volunteer: VolunteerFields }
  | { ok: false; problems: RowProblem[] };

export function checkImportRow(row: ImportRow): RowCheck {
  const parsed = volunteerInputSchema.safeParse(toVolunteerInput(row.fields));
  if (parsed.success) return { ok: true, rowNumber: row.rowNumber, volunteer: parsed.data };
  return {
    ok: false,
    problems: toFieldErrors(parsed.error).map(({ path, messageKey, params }) => {
      const field = path.split('.')[0] as ImportField;
      return {
        rowNumber: row.rowNumber,
        field: (IMPORT_FIELDS as readonly string[]).includes(field) ? field : null,
        messageKey,
        ...(params ? { params } : {}),
      };
    }),
  };
}

export function checkImportRows(rows: readonly ImportRow[]): {
  volunteers: { rowNumber: number; volunteer: VolunteerFields }[];
  problems: RowProblem[];
} {
  const checks = rows.map(checkImportRow);
  return {
    volunteers: checks.flatMap((check) => (check.ok ? [check] : [])),
    problems: checks.flatMap((check) => (check.ok ? [] : check.problems)),
  };
}

/** Who a volunteer is for duplicate spotting: name with phone digits, name with email. */
export function identityKeys(v: {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}): string[] {
  const name = foldForSearch(`${v.firstName} ${v.lastName}`.replace(/\s+/g, ' ').trim());
  const digits = v.phone.replace(/\D/g, '');
  return [
    ...(digits ? [`${name}|phone:${digits}`] : []),
    ...(v.email ? [`${name}|email:${foldForSearch(v.email)}`] : []),
  ];
}
