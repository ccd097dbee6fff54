import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { replaceRecoveryKeyInputSchema } from '../../shared/domain/recovery-key';
import { call } from '../api/client';
import { showApiErrorOnForm } from '../forms/api-form-errors';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';

interface NewKeyValues {
  currentPassword: string;
}

const resolver = zodFormResolver<NewKeyValues>({
  schema: replaceRecoveryKeyInputSchema,
  toInput: (v) => v,
});

/** Asks the admin's password again, then makes a new key; the old key stops working at once. */
export function NewRecoveryKeyForm({ onMade }: { onMade: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const { control, handleSubmit, setError, formState } = useForm<NewKeyValues>({
    resolver,
    mode: 'onSubmit',
    defaultValues: { currentPassword: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      onMade((await call('replaceRecoveryKey', values)).recoveryKey);
    } catch (error) {
      showApiErrorOnForm(setError, error, values);
    }
  });
  return (
    <form noValidate onSubmit={submit} className="form">
      <FormSubmitError errors={formState.errors} />
      <p>{t('recoveryKeySettings.newIntro')}</p>
      <FormTextField
        control={control}
        name="currentPassword"
        type="password"
        label={t('recoveryKeySettings.currentPassword')}
        autoComplete="current-password"
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="danger" isDisabled={formState.isSubmitting}>
          {t('recoveryKeySettings.newSubmit')}
        </Button>
      </div>
    </form>
  );
}
