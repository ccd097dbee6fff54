import { useForm } from 'react-hook-form';
import { useTranslation } from '../../i18n/use-translation';
import type { z } from 'zod';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { VALIDATE_AFTER_FIRST_SUBMIT } from '../../forms/validation-mode';
import { zodFormResolver } from '../../forms/zod-resolver';
import { FormDateField, FormSelectField, FormTextField, FormTimeField } from '../../ui/form-fields';
import { FormDialogFrame } from '../../ui/FormDialogFrame';
import { useLocationOptions } from '../../locations/useLocationOptions';
import type { SessionPlaceValues } from './session-place-values';

interface SessionPlaceDialogProps<I> {
  title: string;
  intro?: string;
  saveLabel: string;
  draftKey: string;
  initialValues: SessionPlaceValues;
  /** The method's input schema, and how the form's values become that input. */
  schema: z.ZodType<I>;
  toInput: (values: SessionPlaceValues) => unknown;
  /** Given the input the schema accepted. */
  onSave: (input: I) => Promise<unknown>;
  onClose: () => void;
}

/** When and where one session meets: the form behind "Move" and "Add an extra session". */
export function SessionPlaceDialog<I>({
  title,
  intro,
  saveLabel,
  draftKey,
  initialValues,
  schema,
  toInput,
  onSave,
  onClose,
}: SessionPlaceDialogProps<I>) {
  const { t } = useTranslation();
  const locationOptions = useLocationOptions(t('closures.session.online'));
  const form = useForm<SessionPlaceValues>({
    resolver: zodFormResolver({ schema, toInput }),
    ...VALIDATE_AFTER_FIRST_SUBMIT,
    defaultValues: initialValues,
  });
  const { control, formState } = form;
  const unsaved = useUnsavedChanges({ form, draftKey, subject: 'sessionChange' });
  const submit = unsaved.submitWith(async (values) => {
    await onSave(schema.parse(toInput(values)));
    onClose();
  });
  const cancel = () => unsaved.confirmLeave(onClose);
  return (
    <FormDialogFrame
      title={title}
      submitLabel={saveLabel}
      formState={formState}
      onSubmit={submit}
      onCancel={cancel}
      notices={
        <>
          {unsaved.notices}
          {intro && <p>{intro}</p>}
        </>
      }
    >
      <FormDateField control={control} name="date" label={t('closures.session.date')} isRequired />
      <FormTimeField
        control={control}
        name="startTime"
        label={t('closures.session.startTime')}
        isRequired
      />
      <FormTextField
        control={control}
        name="durationMinutes"
        inputMode="numeric"
        label={t('closures.session.duration')}
        isRequired
      />
      <FormSelectField
        control={control}
        name="locationId"
        label={t('closures.session.location')}
        options={locationOptions}
      />
      <FormTextField control={control} name="room" label={t('closures.session.room')} />
    </FormDialogFrame>
  );
}
