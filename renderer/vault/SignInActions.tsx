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

/** The error (or the wait after too many tries) and the submit button of every sign-in form. */
export function SignInActions<V extends FieldValues>({
  errors,
  countdown,
  isSubmitting,
  submitLabel,
}: SignInActionsProps<V>) {
  const { t } = useTranslation();
  return (
    <>
      {countdown.isWaiting ? (
        <ErrorAlert>{t('common.tooManyAttempts', { count: countdown.secondsLeft })}</ErrorAlert>
      ) : (
        <FormSubmitError errors={errors} />
      )}
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={isSubmitting || countdown.isWaiting}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
