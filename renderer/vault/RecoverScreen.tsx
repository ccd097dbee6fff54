import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { recoverInputSchema } from '../../shared/domain/vault';
import { call } from '../api/client';
import { PRE_LOGIN_PATHS } from '../app/pre-login-path';
import { useVault } from '../app/vault-context';
import { showApiErrorOnForm } from '../forms/api-form-errors';
import { confirmationErrors } from '../forms/passwords';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { FormTextField } from '../ui/form-fields';
import { PasswordChecklist } from '../ui/PasswordChecklist';
import { PreLoginLayout } from './PreLoginLayout';
import { SignInActions } from './SignInActions';
import { useRetryCountdown } from './useRetryCountdown';

interface RecoverValues {
  recoveryKey: string;
  username: string;
  newPassword: string;
  confirmPassword: string;
}

const toInput = ({ confirmPassword: _, ...input }: RecoverValues) => input;

const resolver = zodFormResolver<RecoverValues>({
  schema: recoverInputSchema,
  toInput,
  extraErrors: (v) => confirmationErrors(v.newPassword, v.confirmPassword, 'confirmPassword'),
});

/** Every password lost: the printed recovery key sets a new one for an administrator. */
export function RecoverScreen() {
  const { t } = useTranslation();
  const { refresh } = useVault();
  const countdown = useRetryCountdown();
  const { control, handleSubmit, setError, formState } = useForm<RecoverValues>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: { recoveryKey: '', username: '', newPassword: '', confirmPassword: '' },
  });
  const [newPassword, username] = useWatch({ control, name: ['newPassword', 'username'] });

  const submit = handleSubmit(async (values) => {
    try {
      await call('recoverWithRecoveryKey', toInput(values));
      await refresh();
    } catch (error) {
      if (!countdown.noteError(error)) showApiErrorOnForm(setError, error, values);
    }
  });

  return (
    <PreLoginLayout title={t('recover.title')} intro={t('recover.intro')}>
      <form noValidate onSubmit={submit} className="form">
        <FormTextField
          control={control}
          name="recoveryKey"
          label={t('recover.recoveryKey')}
          description={t('recover.recoveryKeyHint')}
          isRequired
          autoFocus
          spellCheck={false}
          className="field--monospace"
        />
        <FormTextField
          control={control}
          name="username"
          label={t('recover.username')}
          autoComplete="username"
          isRequired
          spellCheck={false}
        />
        <FormTextField
          control={control}
          name="newPassword"
          type="password"
          label={t('recover.newPassword')}
          autoComplete="new-password"
          isRequired
          describedBy="recover-password-rules"
        />
        <FormTextField
          control={control}
          name="confirmPassword"
          type="password"
          label={t('recover.confirmPassword')}
          autoComplete="new-password"
          isRequired
        />
        <PasswordChecklist id="recover-password-rules" password={newPassword} username={username} />
        <SignInActions
          errors={formState.errors}
          countdown={countdown}
          isSubmitting={formState.isSubmitting}
          submitLabel={t('recover.submit')}
        />
      </form>
      <p className="pre-login__link">
        <a href={`#${PRE_LOGIN_PATHS.login}`}>{t('recover.backToSignIn')}</a>
      </p>
    </PreLoginLayout>
  );
}
