import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { todayIn } from '../../shared/domain/civil-dates';
import { recordCompletionInputSchema } from '../../shared/domain/trainings';
import type { Volunteer } from '../../shared/domain/volunteers';
import { call } from '../api/client';
import { organisationQuery } from '../app/organisation-query';
import { queryKeys } from '../app/query-keys';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormDateField, FormSelectField } from '../ui/form-fields';
import { FormDialog } from '../ui/FormDialog';
import { FormSubmitError } from '../ui/FormSubmitError';
import { QueryStatus } from '../ui/QueryStatus';
import { useVolunteerMutation } from './useVolunteerMutation';

interface CompletionValues {
  trainingId: string;
  completedOn: string;
}

const toInput = (volunteerId: number) => (values: CompletionValues) => ({
  volunteerId,
  // Empty means "not chosen yet": the schema then says the field is required.
  trainingId: values.trainingId === '' ? undefined : Number(values.trainingId),
  completedOn: values.completedOn,
});

interface RecordTrainingDialogProps {
  volunteer: Volunteer;
  onClose: () => void;
}

/** "Record training": which training (retired ones are no longer offered) and when. */
export function RecordTrainingDialog({ volunteer, onClose }: RecordTrainingDialogProps) {
  const { t } = useTranslation();
  const trainings = useQuery({
    queryKey: queryKeys.trainings,
    queryFn: () => call('listTrainings', {}),
  });
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  const form = useForm<CompletionValues>({
    resolver: zodFormResolver({
      schema: recordCompletionInputSchema,
      toInput: toInput(volunteer.id),
    }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: {
      trainingId: '',
      completedOn: timeZone ? todayIn(timeZone) : '',
    },
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `trainingCompletion:${volunteer.id}`,
    subject: 'trainingCompletion',
  });
  const record = useVolunteerMutation((values: CompletionValues) =>
    call('recordTrainingCompletion', {
      volunteerId: volunteer.id,
      trainingId: Number(values.trainingId),
      completedOn: values.completedOn,
    }),
  );
  const submit = unsaved.submitWith(async (values) => {
    await record.mutateAsync(values);
    onClose();
  });
  const offered = (trainings.data ?? []).filter((training) => !training.isRetired);
  const cancel = () => unsaved.confirmLeave(onClose);

  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && cancel()}
      title={t('trainingRecords.recordTitle', { name: volunteer.displayName })}
    >
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
        <FormSubmitError errors={formState.errors} />
        <QueryStatus
          isPending={trainings.isPending}
          error={trainings.error}
          onRetry={() => void trainings.refetch()}
        />
        {trainings.data && offered.length === 0 && <p>{t('trainingRecords.noTrainingsOffered')}</p>}
        {offered.length > 0 && (
          <div className="form__grid">
            <FormSelectField
              control={control}
              name="trainingId"
              label={t('trainingRecords.training')}
              options={[
                { value: '', label: t('common.choose') },
                ...offered.map((training) => ({
                  value: String(training.id),
                  label: training.name,
                })),
              ]}
            />
            <FormDateField
              control={control}
              name="completedOn"
              label={t('trainingRecords.completedOn')}
              isRequired
            />
          </div>
        )}
        <div className="form__actions">
          <Button onPress={cancel}>{t('common.cancel')}</Button>
          {offered.length > 0 && (
            <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
              {t('trainingRecords.save')}
            </Button>
          )}
        </div>
      </form>
    </FormDialog>
  );
}
