import { useTranslation } from '../i18n/use-translation';
import type { Volunteer } from '../../shared/domain/volunteers';
import { useDateLocale } from '../i18n/date-locale';
import { ReadinessSummary } from '../people/Readiness';
import { formatCivilDate, formatLanguageList } from '../ui/format';
import { describeAvailability } from './describe-availability';
import { DetailSections } from '../ui/DetailSections';
import { listFormat } from '../ui/intl-cache';

/** Everything recorded about a volunteer, in words, grouped as a coordinator thinks of it. */
export function VolunteerDetails({ volunteer: v }: { volunteer: Volunteer }) {
  const { t, i18n } = useTranslation();
  const locale = useDateLocale();
  const date = (value: string | null) => (value ? formatCivilDate(value, locale) : '');
  const slots = describeAvailability(v.availability, t, locale);
  return (
    <DetailSections
      idPrefix="volunteer-section"
      sections={[
        {
          title: t('volunteers.readiness.heading'),
          details: [
            {
              label: t('volunteers.readiness.asCo'),
              value: <ReadinessSummary readiness={v.readiness} />,
            },
            {
              label: t('volunteers.readiness.asLead'),
              value: <ReadinessSummary readiness={v.readiness.lead} />,
            },
          ],
        },
        {
          title: t('volunteers.sections.contact'),
          details: [
            { label: t('volunteers.fields.firstName'), value: v.firstName },
            { label: t('volunteers.fields.lastName'), value: v.lastName },
            { label: t('volunteers.fields.preferredName'), value: v.preferredName },
            { label: t('volunteers.fields.pronouns'), value: v.pronouns },
            { label: t('volunteers.fields.phone'), value: v.phone },
            { label: t('volunteers.fields.email'), value: v.email },
          ],
        },
        {
          title: t('volunteers.sections.volunteering'),
          details: [
            {
              label: t('volunteers.fields.status'),
              value: t(`enums.volunteerStatus.${v.status}`),
            },
            { label: t('volunteers.fields.startDate'), value: date(v.startDate) },
            {
              label: t('volunteers.fields.languages'),
              value: formatLanguageList(v.languages, i18n.language),
            },
            {
              label: t('volunteers.fields.skills'),
              value: listFormat(i18n.language).format(v.skills),
            },
          ],
        },
        {
          title: t('volunteers.fields.backgroundCheck'),
          details: [
            {
              label: t('volunteers.fields.backgroundCheckStatus'),
              value: t(`enums.backgroundCheck.${v.backgroundCheckStatus}`),
            },
            {
              label: t('volunteers.fields.backgroundCheckDate'),
              value: date(v.backgroundCheckDate),
            },
            {
              label: t('volunteers.fields.backgroundCheckExpiresOn'),
              value: date(v.backgroundCheckExpiresOn),
            },
          ],
        },
        {
          title: t('volunteers.fields.availability'),
          children:
            slots.length > 0 ? (
              <ul className="plain-list">
                {slots.map((slot) => (
                  <li key={slot}>{slot}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('volunteers.noAvailability')}</p>
            ),
        },
        {
          title: t('volunteers.sections.emergency'),
          details: [
            { label: t('volunteers.fields.emergencyContactName'), value: v.emergencyContactName },
            { label: t('volunteers.fields.emergencyContactPhone'), value: v.emergencyContactPhone },
            {
              label: t('volunteers.fields.emergencyContactRelationship'),
              value: v.emergencyContactRelationship,
            },
          ],
        },
        {
          title: t('volunteers.sections.notes'),
          details: [{ label: t('volunteers.fields.notes'), value: v.notes, isLong: true }],
        },
      ]}
    />
  );
}
