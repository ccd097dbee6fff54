import { useTranslation } from '../i18n/use-translation';
import type { Group } from '../../shared/domain/groups';
import { useDateLocale } from '../i18n/date-locale';
import { DetailSections } from '../ui/DetailSections';
import { ExternalLink } from '../ui/ExternalLink';
import { formatCivilDate, formatLanguageList } from '../ui/format';
import { describeSchedule } from './describe-schedule';

/** Everything recorded about a group, readable at a glance, grouped like the form. */
export function GroupDetails({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const locale = useDateLocale();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const sections = [
    {
      title: t('groups.sections.about'),
      details: [
        { label: t('groups.fields.focus'), value: t(`enums.focus.${group.focus}`) },
        { label: t('groups.fields.audience'), value: group.audience },
        {
          label: t('groups.fields.publicDescription'),
          value: group.publicDescription,
          isLong: true,
        },
      ],
    },
    {
      title: t('groups.sections.place'),
      details: [
        { label: t('groups.fields.format'), value: t(`enums.format.${group.format}`) },
        ...(group.format !== 'online'
          ? [
              { label: t('groups.fields.location'), value: group.locationName ?? '' },
              { label: t('groups.fields.room'), value: group.room },
            ]
          : []),
        ...(group.format !== 'in_person'
          ? [
              {
                label: t('groups.fields.onlineLink'),
                value: group.onlineLink && <ExternalLink url={group.onlineLink} />,
              },
              { label: t('groups.fields.dialIn'), value: group.dialIn },
              { label: t('feedsOnline.published'), value: yesNo(group.isOnlineLinkPublic) },
            ]
          : []),
      ],
    },
    {
      title: t('groups.sections.schedule'),
      details: [
        { label: t('groups.fields.schedule'), value: describeSchedule(group.schedule, t, locale) },
        { label: t('groups.fields.startDate'), value: formatCivilDate(group.startDate, locale) },
        {
          label: t('groups.fields.endDate'),
          value: group.endDate ? formatCivilDate(group.endDate, locale) : '',
        },
      ],
    },
    {
      title: t('groups.sections.participants'),
      details: [
        {
          label: t('groups.fields.capacity'),
          value: group.capacity === null ? '' : String(group.capacity),
        },
        { label: t('groups.fields.isOpenToNewcomers'), value: yesNo(group.isOpenToNewcomers) },
        { label: t('groups.fields.languages'), value: formatLanguageList(group.languages, lang) },
        { label: t('groups.fields.accessibility'), value: group.accessibility, isLong: true },
        { label: t('groups.fields.groundRules'), value: group.groundRules, isLong: true },
        {
          label: t('guideTemplates.form.label'),
          value: group.facilitatorGuide || t('guideTemplates.form.empty'),
          isLong: true,
        },
      ],
    },
    {
      title: t('groups.sections.publicListing'),
      details: [
        { label: t('groups.fields.isListedPublicly'), value: yesNo(group.isListedPublicly) },
        { label: t('groups.fields.publicContactName'), value: group.publicContactName },
        { label: t('groups.fields.publicContactPhone'), value: group.publicContactPhone },
        { label: t('groups.fields.publicContactEmail'), value: group.publicContactEmail },
      ],
    },
    {
      title: t('groups.sections.records'),
      details: [
        {
          label: t('groups.fields.rosterMode'),
          value: t(`groups.rosterModes.${group.rosterMode}`),
        },
      ],
    },
  ];
  return <DetailSections idPrefix="group-section" sections={sections} />;
}
