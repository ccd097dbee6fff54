import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { changePasswordInputSchema } from '../../shared/domain/vault';
import { call } from '../api/client';
import { useSignedInUser } from '../app/vault-context';
import { newPasswordErrors } from '../forms/passwords';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { NewPasswordFields } from '../users/NewPasswordFields';
import { StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Every role: change one's own password, after typing the current one again. */
export function ChangePasswordSettings() {
  const { t } = useTranslation();
  const { username } = useSignedInUser();
  const [isChanged, setIsChanged] = useState(false);
  const form = useForm<ChangePasswordValues>({
    resolver: zodFormResolver<ChangePasswordValues>({
      schema: changePasswordInputSchema,
      toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
      extraErrors: (v) => newPasswordErrors(v, username),
    }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: EMPTY,
  });
  const { control, formState, reset } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: 'own-password',
    subject: 'password',
    unkeptFields: ['currentPassword', 'newPassword', 'confirmPassword'],
  });
  const submit = unsaved.submitWith(async ({ currentPassword, newPassword }) => {
    setIsChanged(false);
    await call('changePassword', { currentPassword, newPassword });
    reset(EMPTY);
    setIsChanged(true);
  });
  return (
    <section className="card" aria-labelledby="settings-own-password">
      <h2 id="settings-own-password">{t('passwordSettings.heading')}</h2>
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        {isChanged && <StatusNote>{t('passwordSettings.changed')}</StatusNote>}
        <FormSubmitError errors={formState.errors} />
        <p className="form__hint">{t('passwordSettings.intro')}</p>
        <FormTextField
          control={control}
          name="currentPassword"
          type="password"
          label={t('passwordSettings.currentPassword')}
          autoComplete="current-password"
          isRequired
        />
        <NewPasswordFields
          control={control}
          names={['newPassword', 'confirmPassword']}
          labels={[t('passwordSettings.newPassword'), t('passwordSettings.confirmPassword')]}
          username={username}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('passwordSettings.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
