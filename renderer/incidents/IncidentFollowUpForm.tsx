import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import {
  INCIDENT_STATUS_MOVES,
  updateIncidentInputSchema,
  type Incident,
  type IncidentStatus,
} from '../../shared/domain/incidents';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormRadioGroupField, FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';

interface FollowUpValues {
  status: IncidentStatus;
  note: string;
}

/** Staff only: a follow-up note, and with it a move to the incident's next status if chosen. */
export function IncidentFollowUpForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toInput = (values: FollowUpValues) => ({ id: incident.id, ...values });
  const form = useForm<FollowUpValues>({
    resolver: zodFormResolver({ schema: updateIncidentInputSchema, toInput }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: { status: incident.status, note: '' },
  });
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `incidentNote:${incident.id}`,
    subject: 'incidentNote',
  });
  const update = useMutation({
    mutationFn: (values: FollowUpValues) => call('updateIncident', toInput(values)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.incidents }),
  });
  const { control, formState, reset } = form;
  // Ready for the next note at once, from where the incident now is.
  const submit = unsaved.submitWith(async (values) => {
    const saved = await update.mutateAsync(values);
    reset({ status: saved.status, note: '' });
  });
  const statusLabel = (status: IncidentStatus) => t(`incidents.status.${status}`);
  const options = INCIDENT_STATUS_MOVES[incident.status].map((status) => ({
    value: status,
    label:
      status === incident.status
        ? t('incidents.update.keep', { status: statusLabel(status) })
        : status === 'open'
          ? t('incidents.update.reopen')
          : t('incidents.update.moveTo', { status: statusLabel(status) }),
  }));
  return (
    <section
      className="detail-section incident-follow-up"
      aria-labelledby="incident-follow-up-heading"
    >
      <h2 id="incident-follow-up-heading">{t('incidents.update.heading')}</h2>
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <p>{t('incidents.update.intro')}</p>
        <FormSubmitError errors={formState.errors} />
        <FormRadioGroupField
          control={control}
          name="status"
          label={t('incidents.fields.status')}
          options={options}
        />
        <FormTextField
          control={control}
          name="note"
          multiline
          rows={4}
          label={t('incidents.fields.note')}
          description={t('incidents.hints.note')}
          isRequired
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('incidents.update.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
