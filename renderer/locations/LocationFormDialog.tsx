import { useTranslation } from '../i18n/use-translation';
import { locationInputSchema, type LocationInput } from '../../shared/domain/locations';
import { useNamedRecordDialog } from '../forms/useNamedRecordDialog';
import { zodFormResolver } from '../forms/zod-resolver';
import { FormTextField } from '../ui/form-fields';
import { FormDialogFrame } from '../ui/FormDialogFrame';
import { valuesToLocationInput, type LocationFormValues } from './location-form-values';

const resolver = zodFormResolver<LocationFormValues>({
  schema: locationInputSchema,
  toInput: valuesToLocationInput,
});

interface LocationFormDialogProps {
  title: string;
  /** Names the location being edited, or a new one, for the draft kept across a lock. */
  draftKey: string;
  initialValues: LocationFormValues;
  onSave: (input: LocationInput) => Promise<unknown>;
  onClose: () => void;
}

export function LocationFormDialog({
  title,
  draftKey,
  initialValues,
  onSave,
  onClose,
}: LocationFormDialogProps) {
  const { t } = useTranslation();
  const { form, submit, cancel, notices } = useNamedRecordDialog({
    resolver,
    initialValues,
    draftKey,
    subject: 'location',
    toInput: valuesToLocationInput,
    onSave,
    onClose,
  });
  const { control, formState } = form;
  return (
    <FormDialogFrame
      title={title}
      submitLabel={t('locations.save')}
      formState={formState}
      onSubmit={submit}
      onCancel={cancel}
      notices={notices}
    >
      <FormTextField
        control={control}
        name="name"
        label={t('locations.fields.name')}
        isRequired
        autoFocus
        className="form__wide"
      />
      <FormTextField
        control={control}
        name="address"
        multiline
        rows={2}
        label={t('locations.fields.address')}
        className="form__wide"
      />
      <FormTextField control={control} name="room" label={t('locations.fields.room')} />
      <FormTextField
        control={control}
        name="capacity"
        inputMode="numeric"
        label={t('locations.fields.capacity')}
        description={t('locations.hints.capacity')}
      />
      <FormTextField
        control={control}
        name="accessibilityNotes"
        multiline
        rows={3}
        label={t('locations.fields.accessibilityNotes')}
        description={t('locations.hints.accessibilityNotes')}
        className="form__wide"
      />
    </FormDialogFrame>
  );
}
