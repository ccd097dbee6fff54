import { useTranslation } from '../i18n/use-translation';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PreLoginLayout } from './PreLoginLayout';

interface StartupScreenProps {
  error: unknown;
  onRetry: () => void;
}

/** While the core answers the first question, or when it cannot. */
export function StartupScreen({ error, onRetry }: StartupScreenProps) {
  const { t } = useTranslation();
  if (!error) {
    return (
      <PreLoginLayout title={t('app.name')}>
        <p role="status">{t('common.loading')}</p>
      </PreLoginLayout>
    );
  }
  return (
    <PreLoginLayout title={t('app.startupProblem')}>
      <ErrorAlert>{errorMessage(t, error)}</ErrorAlert>
      <div className="form__actions">
        <Button variant="primary" onPress={onRetry}>
          {t('common.tryAgain')}
        </Button>
      </div>
    </PreLoginLayout>
  );
}
