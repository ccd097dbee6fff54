import { useTranslation } from '../i18n/use-translation';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from './Alert';
import { Button } from './Button';

interface QueryStatusProps {
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}

/** "Loading…" or the translated error with a way to try again; nothing once data is there. */
export function QueryStatus({ isPending, error, onRetry }: QueryStatusProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <ErrorAlert>
        <p>{errorMessage(t, error)}</p>
        <Button onPress={onRetry}>{t('common.tryAgain')}</Button>
      </ErrorAlert>
    );
  }
  if (isPending) {
    return (
      <p role="status" className="loading">
        {t('common.loading')}
      </p>
    );
  }
  return null;
}
