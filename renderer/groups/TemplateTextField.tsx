import { useState } from 'react';
import { useController, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import type { GroupFocus } from '../../shared/domain/groups';
import { translateFormError } from '../forms/zod-resolver';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { TextInputField } from '../ui/TextInputField';
import type { GroupFormValues } from './group-form-values';

interface TemplateTextFieldProps {
  control: Control<GroupFormValues>;
  name: 'facilitatorGuide';
  label: string;
  description: string;
  /** The default text for the focus chosen in the form, in the screen's language. */
  template: (focus: GroupFocus, t: (key: string) => string) => string;
}

/**
 * A long text field a coordinator may start from the default template for the group's focus.
 * Text already typed is replaced only after asking: it may be hours of careful wording.
 */
export function TemplateTextField({
  control,
  name,
  label,
  description,
  template,
}: TemplateTextFieldProps) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const focus = useWatch({ control, name: 'focus' });
  const [isConfirming, setIsConfirming] = useState(false);
  const fill = () => {
    if (focus) field.onChange(template(focus, t));
    setIsConfirming(false);
  };
  const hintId = `${name}-template-hint`;
  return (
    <div className="form__wide template-field">
      <TextInputField
        name={field.name}
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={translateFormError(t, fieldState.error)}
        label={label}
        description={description}
        multiline
      />
      <div className="template-field__actions">
        <Button
          isDisabled={!focus}
          aria-describedby={focus ? undefined : hintId}
          onPress={() => (field.value.trim() ? setIsConfirming(true) : fill())}
        >
          {t('guideTemplates.form.start')}
        </Button>
        {!focus && (
          <p id={hintId} className="muted">
            {t('guideTemplates.form.chooseFocus')}
          </p>
        )}
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={setIsConfirming}
        title={t('guideTemplates.form.replaceTitle')}
        confirmLabel={t('guideTemplates.form.replace')}
        cancelLabel={t('guideTemplates.form.keep')}
        onConfirm={fill}
      >
        <p>{t('guideTemplates.form.replaceText', { field: label })}</p>
      </ConfirmDialog>
    </div>
  );
}
