import { useEffect, useState } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { useVault } from '../app/vault-context';
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

/** How long an unlock may take before its update of the data is worth a sentence. */
export const LONG_UPDATE_MS = 1500;

/**
 * Whether this sign-in updates the data to this version (the first after an upgrade) and has
 * been at it for a while: a quick update, at a small centre, passes without a flash of text.
 */
function useIsLongUpdate(isSubmitting: boolean): boolean {
  const isUpdateDue = useVault().status.isUpdateDue === true;
  const isUpdating = isSubmitting && isUpdateDue;
  const [isLong, setIsLong] = useState(false);
  useEffect(() => {
    if (!isUpdating) return;
    const timer = setTimeout(() => setIsLong(true), LONG_UPDATE_MS);
    return () => {
      clearTimeout(timer);
      setIsLong(false);
    };
  }, [isUpdating]);
  return isUpdating && isLong;
}

/**
 * The error and the submit button of every sign-in form. During a wait the button is disabled
 * with a visible countdown beside it, while the fields stay editable; screen readers hear the
 * wait once when it starts and once when it ends, not every second. A first sign-in after an
 * upgrade that is still updating the data after a moment says so, and not to switch off.
 */
export function SignInActions<V extends FieldValues>({
  errors,
  countdown,
  isSubmitting,
  submitLabel,
}: SignInActionsProps<V>) {
  const { t } = useTranslation();
  const isLongUpdate = useIsLongUpdate(isSubmitting);
  const announcement = isLongUpdate
    ? t('common.updatingData')
    : countdown.isWaiting
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
      {isLongUpdate && (
        <p className="alert alert--info" aria-hidden="true">
          {t('common.updatingData')}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
