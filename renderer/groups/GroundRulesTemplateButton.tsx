import { useId, useState } from 'react';
import { useController, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { defaultGroundRules } from '../../shared/templates/ground-rules';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { GroupFormValues } from './group-form-values';

/**
 * "Start from the template": fills the ground rules with the default ones for the focus and
 * format chosen in the form, in the screen's language, for the coordinator to adapt. Rules
 * already typed are replaced only after asking; nothing is saved until the group is.
 */
export function GroundRulesTemplateButton({ control }: { control: Control<GroupFormValues> }) {
  const { t } = useTranslation();
  const hintId = useId();
  const [focus, format] = useWatch({ control, name: ['focus', 'format'] });
  const { field } = useController({ control, name: 'groundRules' });
  const [isAsking, setIsAsking] = useState(false);
  const fill = () => {
    const keys = defaultGroundRules(focus || 'other', format);
    field.onChange(keys.map((key) => t(`ruleTemplates.rules.${key}`)).join('\n'));
    setIsAsking(false);
  };
  return (
    <div className="form__wide ground-rules-template">
      <Button
        onPress={() => (field.value.trim() ? setIsAsking(true) : fill())}
        aria-describedby={hintId}
      >
        {t('ruleTemplates.form.fill')}
      </Button>
      <p id={hintId} className="muted ground-rules-template__hint">
        {t('ruleTemplates.form.fillHint')}
      </p>
      <ConfirmDialog
        isOpen={isAsking}
        onOpenChange={setIsAsking}
        title={t('ruleTemplates.form.replaceTitle')}
        confirmLabel={t('ruleTemplates.form.replace')}
        onConfirm={fill}
      >
        {t('ruleTemplates.form.replaceText')}
      </ConfirmDialog>
    </div>
  );
}
