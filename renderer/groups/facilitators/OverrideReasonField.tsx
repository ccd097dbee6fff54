import { useTranslation } from '../../i18n/use-translation';
import type { Control, Path } from 'react-hook-form';
import { FormTextField } from '../../ui/form-fields';

/** Why someone not ready leads anyway: asked by the group's and the session's facilitator forms. */
export function OverrideReasonField<V extends { overrideReason: string }>({
  control,
}: {
  control: Control<V>;
}) {
  const { t } = useTranslation();
  return (
    <FormTextField
      control={control}
      // Every form using this field has it: TypeScript cannot see that through the generic.
      name={'overrideReason' as Path<V>}
      label={t('facilitators.fields.overrideReason')}
      description={t('facilitators.hints.overrideReason')}
      multiline
      rows={3}
      isRequired
      className="form__wide"
    />
  );
}
