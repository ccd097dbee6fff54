import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRowProblem } from '../../shared/csv/row-problems';
import type { MappedRow } from '../../shared/csv/volunteer-columns';
import type { ImportRow, RowProblem } from '../../shared/domain/volunteer-import';
import { refusedRowCount } from './check-problems';
import { isolate } from './isolate';

interface RowProblemListProps {
  problems: readonly RowProblem[];
  /** The rows checked, for the value each problem names. */
  rows: readonly ImportRow[];
}

/** "2 rows cannot be imported…", then every problem: "Row 12, Email 'x@': …". */
export function RowProblemList({ problems, rows }: RowProblemListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fieldsOf = new Map(rows.map((row) => [row.rowNumber, row.fields]));
  const isolatedFields = (rowNumber: number): MappedRow =>
    Object.fromEntries(
      Object.entries(fieldsOf.get(rowNumber) ?? {}).map(([field, value]) => [
        field,
        isolate(value),
      ]),
    );
  const translate = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});
  return (
    <div className="alert alert--error import-problems">
      <p id={titleId} className="import-problems__title">
        {t('importCsv.rowsRefused', { count: refusedRowCount(problems) })}
      </p>
      {/* A long list scrolls in its own box; focusable so a keyboard can scroll it. */}
      <ol className="import-problems__list" aria-labelledby={titleId} tabIndex={0}>
        {problems.map((problem, index) => (
          <li key={index}>
            {describeRowProblem(problem, isolatedFields(problem.rowNumber), translate)}
          </li>
        ))}
      </ol>
      <p>{t('importScreen.check.failedNote')}</p>
    </div>
  );
}
