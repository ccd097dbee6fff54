import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { FormSubmitError } from '../ui/FormSubmitError';
import type { useRetryCountdown } from './useRetryCountdown';

interface SignInActionsProps<V extends FieldValues> {
  errors: FieldErrors<V>;
  countdown: ReturnType<typeof useRetryCountdown>;
  isSubmitting: boolean;
  submitLabel: string;
}

/**
 * The error and the submit button of every sign-in form. During a wait the button is disabled
 * with a visible countdown beside it, while the fields stay editable; screen readers hear the
 * wait once when it starts and once when it ends, not every second.
 */
export function SignInActions<V extends FieldValues>({
  errors,
  countdown,
  isSubmitting,
  submitLabel,
}: SignInActionsProps<V>) {
  const { t } = useTranslation();
  const announcement = countdown.isWaiting
    ? t('common.retryIn', { count: countdown.waitSeconds })
    : countdown.hasWaited
      ? t('common.retryNow')
      : '';
  return (
    <>
      {countdown.isThrottled ? (
        <ErrorAlert>{t('common.tooManyAttempts')}</ErrorAlert>
      ) : (
        <FormSubmitError errors={errors} />
      )}
      <div className="form__actions">
        {countdown.isWaiting ? (
          <span className="form__wait" aria-hidden="true">
            {t('common.retryIn', { count: countdown.secondsLeft })}
          </span>
        ) : null}
        <Button type="submit" variant="primary" isDisabled={isSubmitting || countdown.isWaiting}>
          {submitLabel}
        </Button>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
