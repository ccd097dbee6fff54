import { useTranslation } from '../i18n/use-translation';
import { NewRecoveryKeySteps } from './NewRecoveryKeySteps';
import { PreLoginLayout } from './PreLoginLayout';
import type { NewRecoveryKeyDetails } from './RecoveryKeyPanel';

/** Shown once after setup: the key that opens the data when every password is lost. */
export function RecoveryKeyScreen({
  details,
  onContinue,
}: {
  details: NewRecoveryKeyDetails;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  return (
    <PreLoginLayout title={t('recoveryKey.title')} intro={t('recoveryKey.intro')} wide>
      <NewRecoveryKeySteps details={details} headingLevel={2} onDone={onContinue} />
    </PreLoginLayout>
  );
}
