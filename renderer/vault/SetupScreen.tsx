import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { Language } from '../../shared/domain/fields';
import { setUpVaultInputSchema, type SetUpResult } from '../../shared/domain/vault';
import { call } from '../api/client';
import { showApiErrorOnForm } from '../forms/api-form-errors';
import { confirmationErrors } from '../forms/passwords';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { currentLanguage } from '../i18n/i18n';
import { FormComboBoxField, FormSelectField, FormTextField } from '../ui/form-fields';
import { browserTimeZone, appLanguageOptions, timeZoneOptions } from '../ui/options';
import { PasswordChecklist } from '../ui/PasswordChecklist';
import { FormSubmitError } from '../ui/FormSubmitError';
import { Button } from '../ui/Button';
import { RestoreInsteadPanel } from '../backup/NewComputerRestoreScreen';
import { PreLoginLayout } from './PreLoginLayout';

interface SetupValues {
  organisationName: string;
  timeZone: string;
  language: Language;
  username: string;
  displayName: string;
  password: string;
  confirmPassword: string;
}

const toInput = (v: SetupValues) => ({
  organisationName: v.organisationName,
  timeZone: v.timeZone,
  language: v.language,
  admin: { username: v.username, displayName: v.displayName, password: v.password },
});

const resolver = zodFormResolver<SetupValues>({
  schema: setUpVaultInputSchema,
  toInput,
  fieldFor: (path) => path.replace(/^admin\./, ''),
  extraErrors: (v) => confirmationErrors(v.password, v.confirmPassword, 'confirmPassword'),
});

export interface SetupDone {
  result: SetUpResult;
  organisationName: string;
}

/** First run: the organisation and its first administrator, in one calm page. */
export function SetupScreen({
  onDone,
  onRestoreInstead,
}: {
  onDone: (done: SetupDone) => void;
  onRestoreInstead: () => void;
}) {
  const { t, i18n } = useTranslation();
  const timeZones = timeZoneOptions();
  const form = useForm<SetupValues>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: {
      organisationName: '',
      timeZone: browserTimeZone(),
      language: currentLanguage(i18n),
      username: '',
      displayName: '',
      password: '',
      confirmPassword: '',
    },
  });
  const { control, handleSubmit, setError, formState } = form;
  const [password, username] = useWatch({ control, name: ['password', 'username'] });

  const submit = handleSubmit(async (values) => {
    try {
      const result = await call('setUpVault', toInput(values));
      onDone({ result, organisationName: values.organisationName.trim() });
    } catch (error) {
      showApiErrorOnForm(setError, error, values, (path) => path.replace(/^admin\./, ''));
    }
  });

  return (
    <PreLoginLayout title={t('setup.title')} intro={t('setup.intro')} wide>
      <RestoreInsteadPanel onRestore={onRestoreInstead} />
      <form noValidate onSubmit={submit} className="form">
        <FormSubmitError errors={formState.errors} />
        <fieldset className="form__section">
          <legend>{t('setup.organisationSection')}</legend>
          <div className="form__grid">
            <FormTextField
              control={control}
              name="organisationName"
              label={t('setup.organisationName')}
              isRequired
              autoFocus
            />
            <FormComboBoxField
              control={control}
              name="timeZone"
              label={t('setup.timeZone')}
              options={timeZones}
              description={t('setup.timeZoneHint')}
            />
            <FormSelectField
              control={control}
              name="language"
              label={t('setup.language')}
              options={appLanguageOptions(i18n.language)}
              description={t('setup.languageHint')}
            />
          </div>
        </fieldset>
        <fieldset className="form__section">
          <legend>{t('setup.adminSection')}</legend>
          <p className="form__hint">{t('setup.adminIntro')}</p>
          <div className="form__grid">
            <FormTextField
              control={control}
              name="username"
              label={t('setup.username')}
              description={t('setup.usernameHint')}
              autoComplete="username"
              isRequired
              spellCheck={false}
            />
            <FormTextField
              control={control}
              name="displayName"
              label={t('setup.displayName')}
              description={t('setup.displayNameHint')}
              autoComplete="name"
              isRequired
            />
            <FormTextField
              control={control}
              name="password"
              type="password"
              label={t('setup.password')}
              autoComplete="new-password"
              isRequired
              describedBy="setup-password-rules"
            />
            <FormTextField
              control={control}
              name="confirmPassword"
              type="password"
              label={t('setup.confirmPassword')}
              autoComplete="new-password"
              isRequired
            />
          </div>
          <PasswordChecklist id="setup-password-rules" password={password} username={username} />
        </fieldset>
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('setup.submit')}
          </Button>
        </div>
      </form>
    </PreLoginLayout>
  );
}
