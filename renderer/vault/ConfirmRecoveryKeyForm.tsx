import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { ReactNode } from 'react';
import { confirmRecoveryKeyInputSchema } from '../../shared/domain/recovery-key';
import { call } from '../api/client';
import { showApiErrorOnForm } from '../forms/api-form-errors';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';

interface ConfirmValues {
  recoveryKey: string;
}

const resolver = zodFormResolver<ConfirmValues>({
  schema: confirmRecoveryKeyInputSchema,
  toInput: (v) => v,
});

/**
 * The key typed back from paper. The core checks it opens the data, which proves the copy is
 * complete and right: ticking a box proves nothing, and a key copied with one wrong group would
 * only be found out on the day it is needed.
 */
export function ConfirmRecoveryKeyForm({
  onConfirmed,
  autoFocus = false,
  children,
}: {
  onConfirmed: () => void;
  autoFocus?: boolean;
  /** Other ways out of the step, beside the submit button. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { control, handleSubmit, setError, formState } = useForm<ConfirmValues>({
    resolver,
    mode: 'onSubmit',
    defaultValues: { recoveryKey: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await call('confirmRecoveryKey', values);
      onConfirmed();
    } catch (error) {
      showApiErrorOnForm(setError, error, values);
    }
  });
  return (
    <form noValidate onSubmit={submit} className="form">
      <FormSubmitError errors={formState.errors} />
      <p>{t('recoveryKey.checkIntro')}</p>
      <FormTextField
        control={control}
        name="recoveryKey"
        label={t('recoveryKey.checkField')}
        description={t('recover.recoveryKeyHint')}
        isRequired
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        className="field--monospace"
      />
      <div className="form__actions">
        {children}
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {t('recoveryKey.checkSubmit')}
        </Button>
      </div>
    </form>
  );
}
