import { useTranslation } from '../i18n/use-translation';
import type { ImportResult, ImportRow } from '../../shared/domain/volunteer-import';
import { ApiCallError } from '../api/client';
import { errorMessage } from '../api/error-message';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { rowProblemsOf } from './check-problems';
import { DuplicateList } from './DuplicateList';
import { RowProblemList } from './RowProblemList';
import { StepSection } from './StepSection';

interface CheckStepProps {
  /** The rows as they were sent to the check. */
  rows: readonly ImportRow[];
  result: ImportResult | undefined;
  error: unknown;
  confirmed: ReadonlySet<number>;
  onConfirmedChange: (rowNumber: number, isConfirmed: boolean) => void;
  isDisabled: boolean;
}

/** What the dry run found: every bad row in words, or the possible duplicates to decide on. */
export function CheckStep({
  rows,
  result,
  error,
  confirmed,
  onConfirmedChange,
  isDisabled,
}: CheckStepProps) {
  const { t } = useTranslation();
  const problems = error instanceof ApiCallError ? rowProblemsOf(error.error, rows) : null;
  return (
    <StepSection title={t('importScreen.check.heading')}>
      {problems && <RowProblemList problems={problems} rows={rows} />}
      {error !== null && !problems && <ErrorAlert>{errorMessage(t, error)}</ErrorAlert>}
      {result && (
        <>
          <StatusNote>
            {t('importScreen.check.passed', {
              volunteers: t('importScreen.volunteerCount', { count: result.imported }),
            })}
          </StatusNote>
          {result.duplicates.length > 0 && (
            <DuplicateList
              duplicates={result.duplicates}
              confirmed={confirmed}
              onConfirmedChange={onConfirmedChange}
              isDisabled={isDisabled}
            />
          )}
        </>
      )}
    </StepSection>
  );
}
