import { useTranslation } from '../i18n/use-translation';
import { resourceInputSchema, type ResourceInput } from '../../shared/domain/resources';
import { useNamedRecordDialog } from '../forms/useNamedRecordDialog';
import { zodFormResolver } from '../forms/zod-resolver';
import { FormCheckboxField, FormTextField } from '../ui/form-fields';
import { FormDialogFrame } from '../ui/FormDialogFrame';
import { valuesToResourceInput, type ResourceFormValues } from './resource-form-values';

const resolver = zodFormResolver<ResourceFormValues>({
  schema: resourceInputSchema,
  toInput: valuesToResourceInput,
});

interface ResourceFormDialogProps {
  title: string;
  /** Names the resource being edited, or a new one, for the draft kept across a lock. */
  draftKey: string;
  initialValues: ResourceFormValues;
  onSave: (input: ResourceInput) => Promise<unknown>;
  onClose: () => void;
}

export function ResourceFormDialog({
  title,
  draftKey,
  initialValues,
  onSave,
  onClose,
}: ResourceFormDialogProps) {
  const { t } = useTranslation();
  const { form, submit, cancel, notices } = useNamedRecordDialog({
    resolver,
    initialValues,
    draftKey,
    subject: 'resource',
    toInput: valuesToResourceInput,
    onSave,
    onClose,
  });
  const { control, formState } = form;
  const field = (name: keyof ResourceFormValues) => ({
    control,
    name,
    label: t(`resources.fields.${name}`),
  });
  return (
    <FormDialogFrame
      title={title}
      submitLabel={t('resources.save')}
      formState={formState}
      onSubmit={submit}
      onCancel={cancel}
      notices={notices}
    >
      <FormTextField {...field('name')} isRequired autoFocus className="form__wide" />
      <FormTextField
        {...field('purpose')}
        description={t('resources.hints.purpose')}
        className="form__wide"
      />
      <FormCheckboxField
        {...field('isCrisisLine')}
        description={t('resources.hints.isCrisisLine')}
        className="form__wide"
      />
      <FormTextField {...field('phone')} inputMode="tel" />
      <FormTextField {...field('hours')} description={t('resources.hints.hours')} />
      <FormTextField {...field('address')} multiline rows={2} className="form__wide" />
      <FormTextField
        {...field('website')}
        inputMode="url"
        description={t('resources.hints.website')}
        className="form__wide"
      />
    </FormDialogFrame>
  );
}
