import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { BusyNote } from './StepSection';

interface MappingActionsProps {
  /** A column choice is wrong (a field twice, no first names): the reason shows instead. */
  isBlocked: boolean;
  isChecking: boolean;
  isDisabled: boolean;
  onCheck: () => void;
}

/** "Check the rows": a dry run of the import that writes nothing. */
export function MappingActions({
  isBlocked,
  isChecking,
  isDisabled,
  onCheck,
}: MappingActionsProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  return (
    <>
      {isBlocked && (
        <p id={reasonId} className="muted">
          {t('importScreen.check.blockedReason')}
        </p>
      )}
      {isChecking && <BusyNote>{t('importScreen.check.checking')}</BusyNote>}
      <div className="form__actions">
        <Button
          variant="primary"
          isDisabled={isBlocked || isDisabled}
          aria-describedby={isBlocked ? reasonId : undefined}
          onPress={onCheck}
        >
          {t('importScreen.check.button')}
        </Button>
      </div>
    </>
  );
}
