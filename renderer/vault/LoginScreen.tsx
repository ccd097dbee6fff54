import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { logInInputSchema } from '../../shared/domain/vault';
import { showApiErrorOnForm } from '../forms/api-form-errors';
import { zodFormResolver } from '../forms/zod-resolver';
import { FormTextField } from '../ui/form-fields';
import { PRE_LOGIN_PATHS } from '../app/pre-login-path';
import { usePublicPrinting } from '../public-printing/use-public-printing';
import { RestoreDoneNote } from '../backup/RestoreDoneNote';
import { PreLoginLayout } from './PreLoginLayout';
import { SignInActions } from './SignInActions';
import { useSignIn } from './use-sign-in';
import { useRetryCountdown } from './useRetryCountdown';

interface LoginValues {
  username: string;
  password: string;
}

const resolver = zodFormResolver<LoginValues>({ schema: logInInputSchema, toInput: (v) => v });

export function LoginScreen() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const countdown = useRetryCountdown();
  // Offered only while an administrator leaves it on (the snapshot file then exists).
  const isPublicPrintingOffered = (usePublicPrinting().printing?.status ?? 'off') !== 'off';
  const { control, handleSubmit, setError, formState } = useForm<LoginValues>({
    resolver,
    defaultValues: { username: '', password: '' },
  });

  const submit = handleSubmit(async (values) => {
    try {
      await signIn(values);
    } catch (error) {
      if (!countdown.noteError(error)) showApiErrorOnForm(setError, error, values);
    }
  });

  return (
    <PreLoginLayout title={t('login.title')} intro={t('login.intro')}>
      <RestoreDoneNote />
      <form noValidate onSubmit={submit} className="form">
        <FormTextField
          control={control}
          name="username"
          label={t('login.username')}
          autoComplete="username"
          isRequired
          autoFocus
          spellCheck={false}
        />
        <FormTextField
          control={control}
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          isRequired
        />
        <SignInActions
          errors={formState.errors}
          countdown={countdown}
          isSubmitting={formState.isSubmitting}
          submitLabel={t('login.submit')}
        />
      </form>
      <p className="pre-login__link">
        <a href={`#${PRE_LOGIN_PATHS.recover}`}>{t('login.forgotPassword')}</a>
      </p>
      {isPublicPrintingOffered && (
        <p className="pre-login__link">
          <a href={`#${PRE_LOGIN_PATHS.publicPrinting}`}>{t('login.publicPrinting')}</a>
        </p>
      )}
    </PreLoginLayout>
  );
}
