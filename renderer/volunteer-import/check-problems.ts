import type { ApiError } from '../../shared/api/errors';
import { IMPORT_FIELDS, type ImportField } from '../../shared/csv/volunteer-columns';
import type { ImportRow, RowProblem } from '../../shared/domain/volunteer-import';

const isImportField = (text: string | undefined): text is ImportField =>
  (IMPORT_FIELDS as readonly string[]).includes(text ?? '');

/**
 * The rows a refused check names. The import's own check says `rows.<row number>.<field>`; the
 * API's input check (a cell over 5,000 characters) says `rows.<index>.fields.<field>`. Null when
 * the refusal is about something else, to be shown as the plain message it is.
 */
export function rowProblemsOf(error: ApiError, rows: readonly ImportRow[]): RowProblem[] | null {
  if (error.code !== 'VALIDATION_FAILED' || !error.fieldErrors?.length) return null;
  const problems: RowProblem[] = [];
  for (const { path, messageKey, params } of error.fieldErrors) {
    const [root, number, third, fourth] = path.split('.');
    if (root !== 'rows' || number === undefined || !/^\d+$/.test(number)) return null;
    const isInputCheck = third === 'fields';
    const rowNumber = isInputCheck ? rows[Number(number)]?.rowNumber : Number(number);
    const field = isInputCheck ? fourth : third;
    if (rowNumber === undefined) return null;
    problems.push({
      rowNumber,
      field: isImportField(field) ? field : null,
      messageKey,
      ...(params ? { params } : {}),
    });
  }
  return problems;
}

/** How many different rows the problems name. */
export const refusedRowCount = (problems: readonly RowProblem[]) =>
  new Set(problems.map((problem) => problem.rowNumber)).size;
