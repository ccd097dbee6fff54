import { useTranslation } from '../i18n/use-translation';
import { trainingInputSchema, type TrainingInput } from '../../shared/domain/trainings';
import { useNamedRecordDialog } from '../forms/useNamedRecordDialog';
import { zodFormResolver } from '../forms/zod-resolver';
import { FormCheckboxField, FormTextField } from '../ui/form-fields';
import { FormDialogFrame } from '../ui/FormDialogFrame';
import { valuesToTrainingInput, type TrainingFormValues } from './training-form-values';

export const trainingFormResolver = zodFormResolver<TrainingFormValues>({
  schema: trainingInputSchema,
  toInput: valuesToTrainingInput,
});

interface TrainingFormDialogProps {
  title: string;
  /** Names the training being edited, or a new one, for the draft kept across a lock. */
  draftKey: string;
  initialValues: TrainingFormValues;
  onSave: (input: TrainingInput) => Promise<unknown>;
  onClose: () => void;
}

export function TrainingFormDialog({
  title,
  draftKey,
  initialValues,
  onSave,
  onClose,
}: TrainingFormDialogProps) {
  const { t } = useTranslation();
  const { form, submit, cancel, notices } = useNamedRecordDialog({
    resolver: trainingFormResolver,
    initialValues,
    draftKey,
    subject: 'training',
    toInput: valuesToTrainingInput,
    onSave,
    onClose,
  });
  const { control, formState } = form;
  return (
    <FormDialogFrame
      title={title}
      submitLabel={t('trainings.save')}
      formState={formState}
      onSubmit={submit}
      onCancel={cancel}
      notices={notices}
    >
      <FormTextField
        control={control}
        name="name"
        label={t('trainings.fields.name')}
        description={t('trainings.hints.name')}
        isRequired
        autoFocus
        className="form__wide"
      />
      <FormTextField
        control={control}
        name="description"
        multiline
        rows={3}
        label={t('trainings.fields.description')}
        description={t('trainings.hints.description')}
        className="form__wide"
      />
      <FormTextField
        control={control}
        name="validityMonths"
        inputMode="numeric"
        label={t('trainings.fields.validityMonths')}
        description={t('trainings.hints.validityMonths')}
        className="form__wide"
      />
      <FormCheckboxField
        control={control}
        name="isRequiredForLead"
        label={t('trainings.fields.isRequiredForLead')}
        description={t('trainings.hints.isRequiredForLead')}
      />
      <FormCheckboxField
        control={control}
        name="isRequiredForCo"
        label={t('trainings.fields.isRequiredForCo')}
        description={t('trainings.hints.isRequiredForCo')}
      />
    </FormDialogFrame>
  );
}
