import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { PrintButtons } from '../print/PrintButtons';
import { Button } from '../ui/Button';
import { CheckboxField } from '../ui/CheckboxField';
import { keyRows, RecoverySheet, type RecoverySheetProps } from './RecoverySheet';

export type NewRecoveryKeyDetails = RecoverySheetProps;

/** A new key on screen, with its printable sheet, until the person says it is written down. */
export function RecoveryKeyPanel({
  details,
  onContinue,
}: {
  details: NewRecoveryKeyDetails;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const [isKeptSafe, setIsKeptSafe] = useState(false);
  return (
    <>
      <div className="screen-only recovery-key">
        <p className="recovery-key__value" data-testid="recovery-key">
          {keyRows(details.recoveryKey).map((row, index, rows) => (
            <span key={row} className="recovery-key__row">
              {index < rows.length - 1 ? `${row}-` : row}
            </span>
          ))}
        </p>
        <ul className="plain-list">
          <li>{t('recoveryKey.whatItDoes')}</li>
          <li>{t('recoveryKey.keepItSafe')}</li>
          <li>
            <strong>{t('recoveryKey.shownOnce')}</strong>
          </li>
        </ul>
        <PrintButtons
          paper={details.paper}
          fileTitle={t('recoverySheet.title')}
          note={t('recoveryKey.pdfNote')}
        />
        <CheckboxField
          label={t('recoveryKey.confirm')}
          isSelected={isKeptSafe}
          onChange={setIsKeptSafe}
        />
        <div className="form__actions">
          <Button variant="primary" isDisabled={!isKeptSafe} onPress={onContinue}>
            {t('common.continue')}
          </Button>
        </div>
      </div>
      <RecoverySheet {...details} />
    </>
  );
}
