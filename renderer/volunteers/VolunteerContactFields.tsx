import type { Control } from 'react-hook-form';
import { useTranslation } from '../i18n/use-translation';
import { FormTextField } from '../ui/form-fields';
import { FormSection } from '../ui/FormSection';
import type { VolunteerFormValues } from './volunteer-form-values';

interface SectionProps {
  control: Control<VolunteerFormValues>;
}

/** Who the volunteer is and how to reach them. */
export function NameAndContactSection({ control }: SectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('volunteerForm.sections.nameAndContact')}>
      <div className="form__grid">
        <FormTextField
          control={control}
          name="firstName"
          label={t('volunteerForm.fields.firstName')}
          autoComplete="off"
          isRequired
        />
        <FormTextField
          control={control}
          name="lastName"
          label={t('volunteerForm.fields.lastName')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="preferredName"
          label={t('volunteerForm.fields.preferredName')}
          description={t('volunteerForm.hints.preferredName')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="pronouns"
          label={t('volunteerForm.fields.pronouns')}
          description={t('volunteerForm.hints.pronouns')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="phone"
          type="tel"
          label={t('volunteerForm.fields.phone')}
          description={t('volunteerForm.hints.phone')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="email"
          type="email"
          label={t('volunteerForm.fields.email')}
          description={t('volunteerForm.hints.email')}
          autoComplete="off"
        />
      </div>
    </FormSection>
  );
}

/** Whom to call if something happens to the volunteer during a session. */
export function EmergencyContactSection({ control }: SectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('volunteerForm.sections.emergencyContact')}>
      <p className="form__hint">{t('volunteerForm.hints.emergencyContact')}</p>
      <div className="form__grid">
        <FormTextField
          control={control}
          name="emergencyContactName"
          label={t('volunteerForm.fields.emergencyContactName')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="emergencyContactRelationship"
          label={t('volunteerForm.fields.emergencyContactRelationship')}
          description={t('volunteerForm.hints.emergencyContactRelationship')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="emergencyContactPhone"
          type="tel"
          label={t('volunteerForm.fields.emergencyContactPhone')}
          autoComplete="off"
        />
      </div>
    </FormSection>
  );
}
