import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import {
  GROUP_FOCUSES,
  GROUP_STATUSES,
  groupInputSchema,
  type GroupInput,
} from '../../shared/domain/groups';
import { revealFocusedField } from '../forms/reveal-focused-field';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { useDuplicateNameQuestion } from '../forms/useDuplicateNameQuestion';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import {
  FormDateField,
  FormRadioGroupField,
  FormSelectField,
  FormTextField,
} from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';
import { enumOptions } from '../ui/options';
import { FormSection } from '../ui/FormSection';
import {
  groupExtraErrors,
  groupFieldFor,
  valuesToGroupInput,
  type GroupFormValues,
} from './group-form-values';
import { GroupAudienceFields } from './GroupAudienceFields';
import { GroupPlaceFields } from './GroupPlaceFields';
import { ScheduleChangeNotice } from './ScheduleChangeNotice';
import { ScheduleFields } from './ScheduleFields';

export const groupFormResolver = zodFormResolver<GroupFormValues>({
  schema: groupInputSchema,
  toInput: valuesToGroupInput,
  fieldFor: groupFieldFor,
  extraErrors: groupExtraErrors,
});

interface GroupFormProps {
  /** `group:new` or `group:<id>`: names the draft kept across an auto-lock. */
  draftKey: string;
  /** The group edited; a new group has none (and no sessions to change yet). */
  groupId?: number;
  initialValues: GroupFormValues;
  onSave: (input: GroupInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Every field of a group, in the order a coordinator thinks of them. */
export function GroupForm({ draftKey, groupId, initialValues, onSave, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const form = useForm<GroupFormValues>({
    resolver: groupFormResolver,
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: initialValues,
  });
  const { control, formState } = form;
  const scheduleKind = useWatch({ control, name: 'scheduleKind' });
  const unsaved = useUnsavedChanges({
    form,
    draftKey,
    subject: 'group',
    fieldFor: groupFieldFor,
  });
  const { saveAsking, dialog: duplicateNameDialog } = useDuplicateNameQuestion();
  const submit = unsaved.submitWith((values) =>
    saveAsking((isDuplicateNameConfirmed) =>
      onSave({ ...valuesToGroupInput(values), isDuplicateNameConfirmed }),
    ),
  );

  const focusOptions = [
    { value: '', label: t('common.choose') },
    ...enumOptions(GROUP_FOCUSES, t, 'enums.focus'),
  ];

  return (
    <form noValidate onSubmit={submit} onFocus={revealFocusedField} className="form">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <FormSection title={t('groups.sections.about')}>
        <div className="form__grid">
          <FormTextField
            control={control}
            name="name"
            label={t('groups.fields.name')}
            isRequired
            className="form__wide"
          />
          <FormSelectField
            control={control}
            name="focus"
            label={t('groups.fields.focus')}
            options={focusOptions}
          />
          <FormSelectField
            control={control}
            name="status"
            label={t('groups.fields.status')}
            options={enumOptions(GROUP_STATUSES, t, 'enums.status')}
          />
          <FormTextField
            control={control}
            name="publicDescription"
            multiline
            label={t('groups.fields.publicDescription')}
            description={t('groups.hints.publicDescription')}
            className="form__wide"
          />
          <FormTextField
            control={control}
            name="audience"
            label={t('groups.fields.audience')}
            description={t('groups.hints.audience')}
            className="form__wide"
          />
        </div>
      </FormSection>
      <FormSection title={t('groups.sections.place')}>
        <GroupPlaceFields control={control} />
      </FormSection>
      <FormSection title={t('groups.sections.schedule')}>
        <ScheduleFields control={control} />
        <div className="form__grid">
          <FormDateField
            control={control}
            name="startDate"
            label={t('groups.fields.startDate')}
            isRequired
          />
          <FormDateField
            control={control}
            name="endDate"
            label={t('groups.fields.endDate')}
            description={t('groups.hints.endDate')}
          />
          {scheduleKind !== 'custom' && (
            <FormTextField
              control={control}
              name="meetingCount"
              inputMode="numeric"
              label={t('groups.fields.meetingCount')}
              description={t('groups.hints.meetingCount')}
            />
          )}
        </div>
      </FormSection>
      <GroupAudienceFields control={control} />
      <FormSection title={t('groups.sections.records')}>
        <FormRadioGroupField
          control={control}
          name="rosterMode"
          label={t('groups.fields.rosterMode')}
          options={[
            {
              value: 'anonymous',
              label: t('groups.rosterModes.anonymous'),
              description: t('groups.rosterModes.anonymousHint'),
            },
            {
              value: 'named_with_consent',
              label: t('groups.rosterModes.named_with_consent'),
              description: t('groups.rosterModes.namedHint'),
            },
          ]}
        />
      </FormSection>
      {groupId !== undefined && (
        <ScheduleChangeNotice groupId={groupId} control={control} initialValues={initialValues} />
      )}
      <div className="form__actions form__actions--sticky">
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {t('groups.save')}
        </Button>
      </div>
      {duplicateNameDialog}
    </form>
  );
}
