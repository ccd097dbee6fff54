import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { describeRowProblem } from '../../shared/csv/row-problems';
import type { MappedRow } from '../../shared/csv/volunteer-columns';
import type { ImportRow, RowProblem } from '../../shared/domain/volunteer-import';
import { refusedRowCount } from './check-problems';
import { isolateTyped } from '../ui/LtrText';

interface RowProblemListProps {
  problems: readonly RowProblem[];
  /** The rows checked, for the value each problem names. */
  rows: readonly ImportRow[];
}

/** Rows added to the list per turn: 5,000 at once would hold the page for seconds. */
const ROWS_PER_TURN = 250;

/** "2 rows cannot be imported…", then every problem: "Row 12, Email 'x@': …". */
export function RowProblemList({ problems, rows }: RowProblemListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const lines = useMemo(() => {
    const fieldsOf = new Map(rows.map((row) => [row.rowNumber, row.fields]));
    const isolatedFields = (rowNumber: number): MappedRow =>
      Object.fromEntries(
        Object.entries(fieldsOf.get(rowNumber) ?? {}).map(([field, value]) => [
          field,
          isolateTyped(value),
        ]),
      );
    const translate = (key: string, params?: Record<string, string | number>) =>
      t(key, params ?? {});
    return problems.map((problem) =>
      describeRowProblem(problem, isolatedFields(problem.rowNumber), translate),
    );
  }, [problems, rows, t]);
  // The list grows a slice at a time between frames, so the page answers while it fills.
  const [shownCount, setShownCount] = useState(ROWS_PER_TURN);
  useEffect(() => {
    if (shownCount >= lines.length) return;
    const timer = setTimeout(() => setShownCount((count) => count + ROWS_PER_TURN), 0);
    return () => clearTimeout(timer);
  }, [shownCount, lines.length]);
  return (
    <div className="alert alert--error import-problems">
      <p id={titleId} className="import-problems__title">
        {t('importCsv.rowsRefused', { count: refusedRowCount(problems) })}
      </p>
      {/* A long list scrolls in its own box; focusable so a keyboard can scroll it. */}
      <ol className="import-problems__list" aria-labelledby={titleId} tabIndex={0}>
        {lines.slice(0, shownCount).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
      <p>{t('importScreen.check.failedNote')}</p>
    </div>
  );
}
