import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { Settings } from '../../shared/domain/organisation';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { Button } from '../ui/Button';
import { FormCheckboxField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';
import { QueryStatus } from '../ui/QueryStatus';
import { settingsQuery } from './settings-query';

interface PublicPrintingValues {
  isPublicPrintingOn: boolean;
}

/** Admin only: whether the sign-in screen offers reception the public meeting list. */
export function PublicPrintingSettings() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery);
  return (
    <section className="card" aria-labelledby="settings-public-printing">
      <h2 id="settings-public-printing">{t('settings.publicPrintingHeading')}</h2>
      <p>{t('settings.publicPrintingIntro')}</p>
      <QueryStatus
        isPending={settings.isPending}
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
      {settings.data && <PublicPrintingForm settings={settings.data} />}
    </section>
  );
}

function PublicPrintingForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<PublicPrintingValues>({
    defaultValues: { isPublicPrintingOn: settings.isPublicPrintingOn },
  });
  const { control, formState, reset } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: 'settings:publicPrinting',
    subject: 'settings',
  });
  const submit = unsaved.submitWith(async (values) => {
    const saved = await call('updateSettings', { isPublicPrintingOn: values.isPublicPrintingOn });
    queryClient.setQueryData(queryKeys.settings, saved);
    reset({ isPublicPrintingOn: saved.isPublicPrintingOn });
  });
  return (
    <form noValidate onSubmit={submit} className="form">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <FormCheckboxField
        control={control}
        name="isPublicPrintingOn"
        label={t('settings.fields.isPublicPrintingOn')}
        description={t('settings.hints.isPublicPrintingOn')}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {t('settings.savePublicPrinting')}
        </Button>
      </div>
    </form>
  );
}
