import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { ConfirmRecoveryKeyForm } from './ConfirmRecoveryKeyForm';
import { RecoveryKeyPanel, type NewRecoveryKeyDetails } from './RecoveryKeyPanel';

/**
 * A new recovery key, shown once, then typed back from paper. Setup and "Make a new recovery
 * key" both go through these two steps. "Check it later" leaves the key unconfirmed, and the
 * dashboard keeps reminding administrators until it is checked.
 */
export function NewRecoveryKeySteps({
  details,
  headingLevel,
  onDone,
}: {
  details: NewRecoveryKeyDetails;
  headingLevel: 2 | 3;
  onDone: (isConfirmed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'show' | 'check'>('show');
  if (step === 'show') {
    return <RecoveryKeyPanel details={details} onContinue={() => setStep('check')} />;
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="recovery-check" aria-labelledby="recovery-check-title">
      <Heading id="recovery-check-title">{t('recoveryKey.checkTitle')}</Heading>
      <ConfirmRecoveryKeyForm onConfirmed={() => onDone(true)} autoFocus>
        <Button onPress={() => setStep('show')}>{t('recoveryKey.showAgain')}</Button>
        <Button variant="quiet" onPress={() => onDone(false)}>
          {t('recoveryKey.checkLater')}
        </Button>
      </ConfirmRecoveryKeyForm>
    </section>
  );
}
