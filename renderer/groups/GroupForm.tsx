import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  GROUP_FOCUSES,
  GROUP_STATUSES,
  groupInputSchema,
  type GroupInput,
} from '../../shared/domain/groups';
import { showApiErrorOnForm } from '../forms/api-form-errors';
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
import { ScheduleFields } from './ScheduleFields';

export const groupFormResolver = zodFormResolver<GroupFormValues>({
  schema: groupInputSchema,
  toInput: valuesToGroupInput,
  fieldFor: groupFieldFor,
  extraErrors: groupExtraErrors,
});

interface GroupFormProps {
  initialValues: GroupFormValues;
  onSave: (input: GroupInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Every field of a group, in the order a coordinator thinks of them. */
export function GroupForm({ initialValues, onSave, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const { control, handleSubmit, setError, formState, getValues } = useForm<GroupFormValues>({
    resolver: groupFormResolver,
    mode: 'onTouched',
    defaultValues: initialValues,
  });

  const { saveAsking, dialog: duplicateNameDialog } = useDuplicateNameQuestion((error) =>
    showApiErrorOnForm(setError, error, getValues(), groupFieldFor),
  );
  const submit = handleSubmit((values) =>
    saveAsking((isDuplicateNameConfirmed) =>
      onSave({ ...valuesToGroupInput(values), isDuplicateNameConfirmed }).then(() => undefined),
    ),
  );

  const focusOptions = [
    { value: '', label: t('common.choose') },
    ...enumOptions(GROUP_FOCUSES, t, 'enums.focus'),
  ];

  return (
    <form noValidate onSubmit={submit} className="form">
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
