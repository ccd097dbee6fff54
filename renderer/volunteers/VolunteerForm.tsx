import { useForm } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import {
  BACKGROUND_CHECK_STATUSES,
  VOLUNTEER_STATUSES,
  volunteerInputSchema,
  type VolunteerInput,
} from '../../shared/domain/volunteers';
import { revealFocusedField } from '../forms/reveal-focused-field';
import { useRecheckDependents } from '../forms/useRecheckDependents';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { LanguagesField } from '../groups/LanguagesField';
import { Button } from '../ui/Button';
import {
  FormDateField,
  FormRadioGroupField,
  FormSelectField,
  FormTextField,
} from '../ui/form-fields';
import { FormSection } from '../ui/FormSection';
import { FormSubmitError } from '../ui/FormSubmitError';
import { enumOptions } from '../ui/options';
import { AvailabilityEditor } from './AvailabilityEditor';
import { SkillsField } from './SkillsField';
import { EmergencyContactSection, NameAndContactSection } from './VolunteerContactFields';
import {
  valuesToVolunteerInput,
  volunteerDependentField,
  volunteerExtraErrors,
  volunteerFieldFor,
  type VolunteerFormValues,
} from './volunteer-form-values';

export const volunteerFormResolver = zodFormResolver<VolunteerFormValues>({
  schema: volunteerInputSchema,
  toInput: valuesToVolunteerInput,
  fieldFor: volunteerFieldFor,
  extraErrors: volunteerExtraErrors,
});

interface VolunteerFormProps {
  /** `volunteer:new` or `volunteer:<id>`: names the draft kept across an auto-lock. */
  draftKey: string;
  initialValues: VolunteerFormValues;
  onSave: (input: VolunteerInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Every field of a volunteer, in the order a coordinator takes them down at an interview. */
export function VolunteerForm({ draftKey, initialValues, onSave, onCancel }: VolunteerFormProps) {
  const { t } = useTranslation();
  const form = useForm<VolunteerFormValues>({
    resolver: volunteerFormResolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: initialValues,
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey,
    subject: 'volunteer',
    fieldFor: volunteerFieldFor,
  });
  useRecheckDependents(form, volunteerDependentField);
  const submit = unsaved.submitWith((values) => onSave(valuesToVolunteerInput(values)));

  return (
    <form noValidate onSubmit={submit} onFocus={revealFocusedField} className="form">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <NameAndContactSection control={control} />
      <FormSection title={t('volunteerForm.sections.languagesAndSkills')}>
        <div className="form__grid">
          <LanguagesField control={control} description={t('volunteerForm.hints.languages')} />
          <SkillsField form={form} />
        </div>
      </FormSection>
      <FormSection title={t('volunteerForm.sections.status')}>
        <div className="form__grid">
          <FormRadioGroupField
            control={control}
            name="status"
            label={t('volunteerForm.fields.status')}
            options={VOLUNTEER_STATUSES.map((status) => ({
              value: status,
              label: t(`enums.volunteerStatus.${status}`),
              description: t(`volunteerForm.statusHints.${status}`),
            }))}
          />
          <FormDateField
            control={control}
            name="startDate"
            label={t('volunteerForm.fields.startDate')}
            description={t('volunteerForm.hints.startDate')}
          />
        </div>
      </FormSection>
      <EmergencyContactSection control={control} />
      <FormSection title={t('volunteerForm.sections.backgroundCheck')}>
        <div className="form__grid">
          <FormSelectField
            control={control}
            name="backgroundCheckStatus"
            label={t('volunteerForm.fields.backgroundCheckStatus')}
            options={enumOptions(BACKGROUND_CHECK_STATUSES, t, 'enums.backgroundCheck')}
            className="form__wide"
          />
          <FormDateField
            control={control}
            name="backgroundCheckDate"
            label={t('volunteerForm.fields.backgroundCheckDate')}
            description={t('volunteerForm.hints.backgroundCheckDate')}
          />
          <FormDateField
            control={control}
            name="backgroundCheckExpiresOn"
            label={t('volunteerForm.fields.backgroundCheckExpiresOn')}
            description={t('volunteerForm.hints.backgroundCheckExpiresOn')}
          />
        </div>
      </FormSection>
      <FormSection title={t('volunteerForm.sections.availability')}>
        <p className="form__hint">{t('volunteerForm.hints.availability')}</p>
        <AvailabilityEditor form={form} />
      </FormSection>
      <FormSection title={t('volunteerForm.sections.notes')}>
        <FormTextField
          control={control}
          name="notes"
          multiline
          rows={5}
          label={t('volunteerForm.fields.notes')}
          description={t('volunteerForm.hints.notes')}
        />
      </FormSection>
      <div className="form__actions form__actions--sticky">
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {t('volunteerForm.save')}
        </Button>
      </div>
    </form>
  );
}
