import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { PreLoginLayout } from '../vault/PreLoginLayout';
import { RestoreWizard } from './RestoreWizard';

/** First run on a new PC: set it up from a backup instead of starting with empty data. */
export function NewComputerRestoreScreen({ onStartFresh }: { onStartFresh: () => void }) {
  const { t } = useTranslation();
  return (
    <PreLoginLayout
      title={t('restore.newComputerTitle')}
      intro={t('restore.newComputerIntro')}
      wide
    >
      <RestoreWizard mode="newComputer" startPath="/" />
      <p className="pre-login__link">
        <Button variant="quiet" onPress={onStartFresh}>
          {t('restore.startFreshInstead')}
        </Button>
      </p>
    </PreLoginLayout>
  );
}

/** The choice the first-run screen offers beside "Start fresh". */
export function RestoreInsteadPanel({ onRestore }: { onRestore: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="first-run-choice">
      <p>{t('restore.movingHere')}</p>
      <Button onPress={onRestore}>{t('restore.fromBackup')}</Button>
    </div>
  );
}
