import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { BusyNote, StepSection } from './StepSection';

interface ImportStepProps {
  /** How many volunteers the import adds; null while the check has not passed. */
  count: number | null;
  isImporting: boolean;
  error: unknown;
  onImport: () => void;
}

/** The one button that writes, enabled once the check passed; the reason shown while it is not. */
export function ImportStep({ count, isImporting, error, onImport }: ImportStepProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const reason =
    count === null
      ? t('importScreen.import.blockedReason')
      : count === 0
        ? t('importScreen.import.nothingToImport')
        : null;
  return (
    <StepSection title={t('importScreen.import.heading')} isFocusedOnArrival={false}>
      {reason && (
        <p id={reasonId} className="muted">
          {reason}
        </p>
      )}
      {isImporting && <BusyNote>{t('importScreen.import.importing')}</BusyNote>}
      <ErrorAlert>{error ? errorMessage(t, error) : null}</ErrorAlert>
      <div className="form__actions">
        <Button
          variant="primary"
          isDisabled={reason !== null || isImporting}
          aria-describedby={reason ? reasonId : undefined}
          onPress={onImport}
        >
          {count === null
            ? t('importScreen.import.buttonBeforeCheck')
            : t('importScreen.import.button', {
                volunteers: t('importScreen.volunteerCount', { count }),
              })}
        </Button>
      </div>
    </StepSection>
  );
}
