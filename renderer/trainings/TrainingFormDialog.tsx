import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { trainingInputSchema, type TrainingInput } from '../../shared/domain/trainings';
import { SAVE_ABANDONED, useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { useDuplicateNameQuestion } from '../forms/useDuplicateNameQuestion';
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
  const form = useForm<TrainingFormValues>({
    resolver: trainingFormResolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: initialValues,
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({ form, draftKey, subject: 'training' });
  const { saveAsking, dialog: duplicateNameDialog } = useDuplicateNameQuestion();
  const submit = unsaved.submitWith(async (values) => {
    const saved = await saveAsking((isDuplicateNameConfirmed) =>
      onSave({ ...valuesToTrainingInput(values), isDuplicateNameConfirmed }),
    );
    if (saved !== SAVE_ABANDONED) onClose();
    return saved;
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialog isOpen onOpenChange={(isOpen) => !isOpen && cancel()} title={title}>
      <form noValidate onSubmit={submit} className="form">
        {unsaved.notices}
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
        {duplicateNameDialog}
      </form>
    </FormDialog>
  );
}
