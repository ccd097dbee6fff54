import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { CheckboxField } from '../ui/CheckboxField';
import { PreLoginLayout } from './PreLoginLayout';
import { RecoverySheet } from './RecoverySheet';

interface RecoveryKeyScreenProps {
  organisationName: string;
  recoveryKey: string;
  onContinue: () => void;
}

/** Shown once after setup: the key that opens the data when every password is lost. */
export function RecoveryKeyScreen({
  organisationName,
  recoveryKey,
  onContinue,
}: RecoveryKeyScreenProps) {
  const { t } = useTranslation();
  const [isKeptSafe, setIsKeptSafe] = useState(false);
  return (
    <PreLoginLayout title={t('recoveryKey.title')} intro={t('recoveryKey.intro')} wide>
      <div className="screen-only recovery-key">
        <p className="recovery-key__value" data-testid="recovery-key">
          {recoveryKey}
        </p>
        <ul className="plain-list">
          <li>{t('recoveryKey.whatItDoes')}</li>
          <li>{t('recoveryKey.keepItSafe')}</li>
          <li>
            <strong>{t('recoveryKey.shownOnce')}</strong>
          </li>
        </ul>
        <div className="form__actions form__actions--start">
          <Button onPress={() => window.print()}>{t('recoveryKey.print')}</Button>
        </div>
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
      <RecoverySheet organisationName={organisationName} recoveryKey={recoveryKey} />
    </PreLoginLayout>
  );
}
