import type { MappedRow } from './volunteer-columns';
import type { RowProblem } from '../domain/volunteer-import';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "Row 12, Email 'x@': Enter an email address like name@example.org." */
export function describeRowProblem(problem: RowProblem, fields: MappedRow, t: Translate): string {
  const message = t(problem.messageKey, problem.params);
  if (problem.field === null) {
    return t('importCsv.rowProblemNoField', { row: problem.rowNumber, message });
  }
  const field = t(`importCsv.fields.${problem.field}`);
  const value = fields[problem.field];
  return value === undefined
    ? t('importCsv.rowProblem', { row: problem.rowNumber, field, message })
    : t('importCsv.rowProblemWithValue', { row: problem.rowNumber, field, value, message });
}
