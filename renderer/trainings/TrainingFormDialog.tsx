import { useTranslation } from 'react-i18next';
import { trainingInputSchema, type TrainingInput } from '../../shared/domain/trainings';
import { useNamedRecordDialog } from '../forms/useNamedRecordDialog';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormCheckboxField, FormTextField } from '../ui/form-fields';
import { FormDialog } from '../ui/FormDialog';
import { FormSubmitError } from '../ui/FormSubmitError';
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
    <FormDialog isOpen onOpenChange={(isOpen) => !isOpen && cancel()} title={title}>
      <form noValidate onSubmit={submit} className="form">
        {notices}
        <FormSubmitError errors={formState.errors} />
        <div className="form__grid">
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
        </div>
        <div className="form__actions">
          <Button onPress={cancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('trainings.save')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
