import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import {
  fileIncidentInputSchema,
  INCIDENT_CATEGORIES,
  INCIDENT_SEVERITIES,
  type IncidentCategory,
  type IncidentSeverity,
} from '../../../shared/domain/incidents';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../../forms/validation-mode';
import { zodFormResolver } from '../../forms/zod-resolver';
import { Button } from '../../ui/Button';
import { FormCheckboxField, FormRadioGroupField, FormTextField } from '../../ui/form-fields';
import { FormDialog } from '../../ui/FormDialog';
import { FormSubmitError } from '../../ui/FormSubmitError';

interface ReportValues {
  category: IncidentCategory | '';
  severity: IncidentSeverity | '';
  description: string;
  actionsTaken: string;
  isReferralMade: boolean;
}

const EMPTY_REPORT: ReportValues = {
  category: '',
  severity: '',
  description: '',
  actionsTaken: '',
  isReferralMade: false,
};

// Empty means "not chosen yet": the schema then says the choice is required.
const toInput = (sessionId: number) => (values: ReportValues) => ({
  ...values,
  sessionId,
  category: values.category === '' ? undefined : values.category,
  severity: values.severity === '' ? undefined : values.severity,
});

interface ReportIncidentDialogProps {
  sessionId: number;
  onClose: () => void;
  onFiled: () => void;
}

/** "Report an incident" from a session: what kind, how serious, what happened, what was done. */
export function ReportIncidentDialog({ sessionId, onClose, onFiled }: ReportIncidentDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<ReportValues>({
    resolver: zodFormResolver({ schema: fileIncidentInputSchema, toInput: toInput(sessionId) }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: EMPTY_REPORT,
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `incident:session:${sessionId}`,
    subject: 'incident',
  });
  const file = useMutation({
    mutationFn: (values: ReportValues) =>
      call('fileIncident', fileIncidentInputSchema.parse(toInput(sessionId)(values))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.incidents }),
  });
  const submit = unsaved.submitWith(async (values) => {
    await file.mutateAsync(values);
    onFiled();
    onClose();
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && cancel()}
      title={t('incidents.report.title')}
    >
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <p>{t('incidents.report.intro')}</p>
        <p className="alert alert--info">{t('incidents.report.crisis')}</p>
        <FormSubmitError errors={formState.errors} />
        <div className="form__grid">
          <FormRadioGroupField
            control={control}
            name="category"
            label={t('incidents.fields.category')}
            options={INCIDENT_CATEGORIES.map((category) => ({
              value: category,
              label: t(`incidents.category.${category}`),
              description: t(`incidents.categoryHelp.${category}`),
            }))}
          />
          <FormRadioGroupField
            control={control}
            name="severity"
            label={t('incidents.fields.severity')}
            options={INCIDENT_SEVERITIES.map((severity) => ({
              value: severity,
              label: t(`incidents.severity.${severity}`),
              description: t(`incidents.severityHelp.${severity}`),
            }))}
          />
          <FormTextField
            control={control}
            name="description"
            multiline
            rows={6}
            label={t('incidents.fields.description')}
            description={t('incidents.hints.description')}
            isRequired
            className="form__wide"
          />
          <FormTextField
            control={control}
            name="actionsTaken"
            multiline
            rows={4}
            label={t('incidents.fields.actionsTaken')}
            description={t('incidents.hints.actionsTaken')}
            className="form__wide"
          />
          <FormCheckboxField
            control={control}
            name="isReferralMade"
            label={t('incidents.fields.isReferralMade')}
            description={t('incidents.hints.isReferralMade')}
          />
        </div>
        <div className="form__actions">
          <Button onPress={cancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('incidents.report.save')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
