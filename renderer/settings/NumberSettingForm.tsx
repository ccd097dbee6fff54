import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { settingsSchema, type Settings } from '../../shared/domain/organisation';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useUnsavedChanges } from '../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../forms/validation-mode';
import { zodFormResolver } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { FormTextField } from '../ui/form-fields';
import { FormSubmitError } from '../ui/FormSubmitError';

type NumberSetting = 'idleLockMinutes' | 'sessionHorizonWeeks';
type Values = Record<'value', string>;

interface NumberSettingFormProps {
  name: NumberSetting;
  settings: Settings;
  label: string;
  description: string;
  saveLabel: string;
  /** After the saved settings are in the query cache. */
  onSaved?: () => Promise<void>;
}

/** One whole-number setting, saved on its own (each settings card saves its own part). */
export function NumberSettingForm({
  name,
  settings,
  label,
  description,
  saveLabel,
  onSaved,
}: NumberSettingFormProps) {
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: zodFormResolver<Values>({
      schema: settingsSchema.pick({ [name]: true } as Record<NumberSetting, true>),
      toInput: (v) => ({ [name]: v.value.trim() === '' ? undefined : Number(v.value) }),
      fieldFor: () => 'value',
    }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: { value: String(settings[name]) },
  });
  const { control, formState, reset } = form;
  const unsaved = useUnsavedChanges({
    form,
    draftKey: `settings:${name}`,
    subject: 'settings',
    fieldFor: () => 'value',
  });
  const submit = unsaved.submitWith(async (values) => {
    const saved = await call('updateSettings', { [name]: Number(values.value) });
    queryClient.setQueryData(queryKeys.settings, saved);
    reset({ value: String(saved[name]) });
    await onSaved?.();
  });
  return (
    <form noValidate onSubmit={submit} className="form">
      {unsaved.notices}
      <FormSubmitError errors={formState.errors} />
      <FormTextField
        control={control}
        name="value"
        inputMode="numeric"
        label={label}
        description={description}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {saveLabel}
        </Button>
      </div>
    </form>
  );
}
