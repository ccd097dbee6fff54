import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_MINUTES, settingsSchema, type Settings } from '../../shared/domain/organisation';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useSignedInUser, useVault } from '../app/vault-context';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';
import { QueryStatus } from '../ui/QueryStatus';
import { settingsQuery } from './settings-query';

interface AutoLockValues {
  idleLockMinutes: string;
}

const toInput = (v: AutoLockValues) => ({
  idleLockMinutes: v.idleLockMinutes.trim() === '' ? undefined : Number(v.idleLockMinutes),
});
const resolver = zodFormResolver<AutoLockValues>({
  schema: settingsSchema.pick({ idleLockMinutes: true }),
  toInput,
});

export function AutoLockSettings() {
  const { t } = useTranslation();
  const isAdmin = useSignedInUser().role === 'admin';
  const settings = useQuery(settingsQuery);
  return (
    <section className="card" aria-labelledby="settings-auto-lock">
      <h2 id="settings-auto-lock">{t('settings.autoLockHeading')}</h2>
      <QueryStatus
        isPending={settings.isPending}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
      {settings.data &&
        (isAdmin ? (
          <AutoLockForm settings={settings.data} />
        ) : (
          <p>{t('settings.autoLockReadOnly', { minutes: settings.data.idleLockMinutes })}</p>
        ))}
    </section>
  );
}

function AutoLockForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { refresh } = useVault();
  const form = useForm<AutoLockValues>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: { idleLockMinutes: String(settings.idleLockMinutes) },
  });
  const { control, formState, reset } = form;
  const unsaved = useUnsavedChanges({ form, draftKey: 'settings:autoLock', subject: 'settings' });
  const submit = unsaved.submitWith(async (values) => {
    const saved = await call('updateSettings', {
      idleLockMinutes: Number(values.idleLockMinutes),
    });
    queryClient.setQueryData(queryKeys.settings, saved);
    reset({ idleLockMinutes: String(saved.idleLockMinutes) });
    // The idle timer reads the minutes from the vault status.
    await refresh();
  });
  return (
    <form noValidate onSubmit={submit} className="form">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <FormTextField
        control={control}
        name="idleLockMinutes"
        inputMode="numeric"
        label={t('settings.fields.idleLockMinutes')}
        description={t('settings.hints.idleLockMinutes', IDLE_LOCK_MINUTES)}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {t('settings.saveAutoLock')}
        </Button>
      </div>
    </form>
  );
}
