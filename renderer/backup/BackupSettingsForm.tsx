import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import {
  BACKUP_KEEP_COUNT,
  BACKUP_NAG_AFTER_DAYS,
  backupSettingsInputSchema,
  type BackupStatus,
} from '../../shared/domain/backup';
import { call } from '../api/client';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';
import { BACKUP_QUERY_KEYS } from './backup-queries';

interface BackupSettingsValues {
  keepCount: string;
  nagAfterDays: string;
}

const asNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));
const toInput = (v: BackupSettingsValues) => ({
  keepCount: asNumber(v.keepCount),
  nagAfterDays: asNumber(v.nagAfterDays),
});
const resolver = zodFormResolver<BackupSettingsValues>({
  schema: backupSettingsInputSchema,
  toInput,
});
const toValues = (status: BackupStatus): BackupSettingsValues => ({
  keepCount: String(status.keepCount),
  nagAfterDays: String(status.nagAfterDays),
});

/** Admins choose how many backups stay on a drive and when the dashboard starts reminding. */
export function BackupSettingsForm() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: BACKUP_QUERY_KEYS.status,
    queryFn: () => call('getBackupStatus', {}),
  });
  return (
    <section className="backup-panel" aria-labelledby="backup-settings">
      <h2 id="backup-settings">{t('backup.settingsHeading')}</h2>
      {status.data && <SettingsForm status={status.data} />}
    </section>
  );
}

function SettingsForm({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<BackupSettingsValues>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: toValues(status),
  });
  const { control, formState, reset } = form;
  const unsaved = useUnsavedChanges({ form, draftKey: 'settings:backup', subject: 'settings' });
  const submit = unsaved.submitWith(async (values) => {
    const saved = await call('updateBackupSettings', {
      keepCount: Number(values.keepCount),
      nagAfterDays: Number(values.nagAfterDays),
    });
    queryClient.setQueryData(BACKUP_QUERY_KEYS.status, saved);
    reset(toValues(saved));
  });
  return (
    <form noValidate onSubmit={submit} className="form">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <FormTextField
        control={control}
        name="keepCount"
        inputMode="numeric"
        label={t('backup.fields.keepCount')}
        description={t('backup.hints.keepCount', BACKUP_KEEP_COUNT)}
        isRequired
      />
      <FormTextField
        control={control}
        name="nagAfterDays"
        inputMode="numeric"
        label={t('backup.fields.nagAfterDays')}
        description={t('backup.hints.nagAfterDays', BACKUP_NAG_AFTER_DAYS)}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {t('backup.saveSettings')}
        </Button>
      </div>
    </form>
  );
}
