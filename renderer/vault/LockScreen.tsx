import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { PRE_LOGIN_PATHS } from '../app/pre-login-path';
import { showApiErrorOnForm } from '../forms/api-form-errors';
import { FormTextField } from '../ui/form-fields';
import { PreLoginLayout } from './PreLoginLayout';
import { SignInActions } from './SignInActions';
import { useSignIn } from './use-sign-in';
import { useRetryCountdown } from './useRetryCountdown';

interface UnlockValues {
  password: string;
}

/** The person who locked the app only types their password to carry on where they were. */
export function LockScreen({ username }: { username: string }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const countdown = useRetryCountdown();
  const { control, handleSubmit, setError, formState } = useForm<UnlockValues>({
    defaultValues: { password: '' },
  });

  const submit = handleSubmit(async (values) => {
    if (values.password === '') {
      setError(
        'password',
        { type: 'validation.required', message: 'validation.required' },
        { shouldFocus: true },
      );
      return;
    }
    try {
      await signIn({ username, password: values.password });
    } catch (error) {
      if (!countdown.noteError(error)) showApiErrorOnForm(setError, error, values);
    }
  });

  return (
    <PreLoginLayout title={t('lock.title')} intro={t('lock.intro', { username })}>
      <form noValidate onSubmit={submit} className="form">
        <FormTextField
          control={control}
          name="password"
          type="password"
          label={t('lock.password')}
          autoComplete="current-password"
          isRequired
          autoFocus
        />
        <SignInActions
          errors={formState.errors}
          countdown={countdown}
          isSubmitting={formState.isSubmitting}
          submitLabel={t('lock.submit')}
        />
      </form>
      <p className="pre-login__link">
        <a href={`#${PRE_LOGIN_PATHS.login}`}>{t('lock.someoneElse')}</a>
      </p>
    </PreLoginLayout>
  );
}
