import type { Control } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { FormCheckboxField, FormTextField } from '../ui/form-fields';
import { FormSection } from '../ui/FormSection';
import type { GroupFormValues } from './group-form-values';
import { GroundRulesTemplateButton } from './GroundRulesTemplateButton';
import { LanguagesField } from './LanguagesField';
import { guideTemplateText } from '../../shared/templates/guides';
import { TemplateTextField } from './TemplateTextField';

/** Who can come, the ground rules, and what the public listing says. */
export function GroupAudienceFields({ control }: { control: Control<GroupFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection title={t('groups.sections.participants')}>
        <div className="form__grid">
          <FormTextField
            control={control}
            name="capacity"
            inputMode="numeric"
            label={t('groups.fields.capacity')}
            description={t('groups.hints.capacity')}
          />
          <LanguagesField control={control} description={t('groups.hints.languages')} />
          <FormCheckboxField
            control={control}
            name="isOpenToNewcomers"
            label={t('groups.fields.isOpenToNewcomers')}
            description={t('groups.hints.isOpenToNewcomers')}
            className="form__wide"
          />
          <FormTextField
            control={control}
            name="accessibility"
            multiline
            rows={3}
            label={t('groups.fields.accessibility')}
            description={t('groups.hints.accessibility')}
            className="form__wide"
          />
          <FormTextField
            control={control}
            name="groundRules"
            multiline
            rows={6}
            label={t('groups.fields.groundRules')}
            description={t('groups.hints.groundRules')}
            className="form__wide"
          />
          <GroundRulesTemplateButton control={control} />
          <TemplateTextField
            control={control}
            name="facilitatorGuide"
            label={t('guideTemplates.form.label')}
            description={t('guideTemplates.form.hint')}
            template={guideTemplateText}
          />
        </div>
      </FormSection>
      <FormSection title={t('groups.sections.publicListing')}>
        <div className="form__grid">
          <FormCheckboxField
            control={control}
            name="isListedPublicly"
            label={t('groups.fields.isListedPublicly')}
            description={t('groups.hints.isListedPublicly')}
            className="form__wide"
          />
          <FormTextField
            control={control}
            name="publicContactName"
            label={t('groups.fields.publicContactName')}
            autoComplete="off"
          />
          <FormTextField
            control={control}
            name="publicContactPhone"
            type="tel"
            label={t('groups.fields.publicContactPhone')}
            autoComplete="off"
          />
          <FormTextField
            control={control}
            name="publicContactEmail"
            type="email"
            label={t('groups.fields.publicContactEmail')}
            autoComplete="off"
          />
        </div>
      </FormSection>
    </>
  );
}
