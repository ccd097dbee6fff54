import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import {
  organisationInputSchema,
  PAPER_SIZES,
  type Organisation,
} from '../../shared/domain/organisation';
import { call } from '../api/client';
import { organisationQuery } from '../app/organisation-query';
import { queryKeys } from '../app/query-keys';
import { useCanEdit } from '../app/vault-context';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { dateLocale, dateTimeExample } from '../i18n/date-locale';
import { Button } from '../ui/Button';
import { FormComboBoxField, FormSelectField, FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';
import {
  appLanguageOptions,
  browserTimeZone,
  enumOptions,
  regionOptions,
  timeZoneOptions,
} from '../ui/options';
import { QueryStatus } from '../ui/QueryStatus';

const resolver = zodFormResolver<Organisation>({
  schema: organisationInputSchema,
  toInput: (v) => v,
});

export function OrganisationSettings() {
  const { t } = useTranslation();
  const organisation = useQuery(organisationQuery);
  return (
    <section className="card" aria-labelledby="settings-organisation">
      <h2 id="settings-organisation">{t('settings.organisationHeading')}</h2>
      <QueryStatus
        isPending={organisation.isPending}
        error={organisation.error}
        onRetry={() => void organisation.refetch()}
      />
      {organisation.data && <OrganisationForm organisation={organisation.data} />}
    </section>
  );
}

function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const canEdit = useCanEdit();
  const timeZones = timeZoneOptions();
  const thisComputer = dateTimeExample(dateLocale(i18n.language, navigator.languages));
  const regions = [
    { value: '', label: t('settings.thisComputersRegion', { example: thisComputer }) },
    ...regionOptions(i18n.language),
  ];
  const form = useForm<Organisation>({
    resolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: organisation,
  });
  const { control, formState, reset } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: 'settings:organisation',
    subject: 'settings',
  });
  const submit = unsaved.submitWith(async (values) => {
    const saved = await call('updateOrganisation', values);
    queryClient.setQueryData(queryKeys.organisation, saved);
    reset(saved);
    await queryClient.invalidateQueries({ queryKey: queryKeys.dashboard });
  });
  return (
    <form noValidate onSubmit={submit} className="form">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <fieldset disabled={!canEdit} className="form__plain">
        <div className="form__grid">
          <FormTextField
            control={control}
            name="name"
            label={t('settings.fields.name')}
            isRequired
            className="form__wide"
          />
          <FormTextField
            control={control}
            name="address"
            multiline
            rows={2}
            label={t('settings.fields.address')}
            className="form__wide"
          />
          <FormTextField
            control={control}
            name="phone"
            type="tel"
            label={t('settings.fields.phone')}
          />
          <FormTextField
            control={control}
            name="email"
            type="email"
            label={t('settings.fields.email')}
          />
          <FormComboBoxField
            control={control}
            name="timeZone"
            label={t('settings.fields.timeZone')}
            options={timeZones}
            description={t('timeZonePicker.thisComputer', { zone: browserTimeZone() })}
          />
          <FormSelectField
            control={control}
            name="defaultLanguage"
            label={t('settings.fields.defaultLanguage')}
            options={appLanguageOptions(i18n.language)}
          />
          <FormSelectField
            control={control}
            name="paperSize"
            label={t('settings.fields.paperSize')}
            options={enumOptions(PAPER_SIZES, t, 'enums.paperSize')}
          />
          <FormSelectField
            control={control}
            name="dateRegion"
            label={t('settings.fields.dateRegion')}
            description={t('settings.hints.dateRegion')}
            options={regions}
            className="form__wide"
          />
        </div>
      </fieldset>
      {canEdit && (
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('settings.saveOrganisation')}
          </Button>
        </div>
      )}
    </form>
  );
}
