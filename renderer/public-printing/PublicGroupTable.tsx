import { useTranslation } from 'react-i18next';
import type { PublicGroup } from '../../shared/domain/public-snapshot';
import { parseRrule } from '../../shared/schedule/rrule';
import { describeSchedule } from '../groups/describe-schedule';
import { formatWallTime } from '../i18n/date-locale';
import { formatCivilDate, formatLanguageList } from '../ui/format';

interface PublicGroupTableProps {
  caption: string;
  groups: PublicGroup[];
  /** The date locale, from the organisation's region in the snapshot. */
  locale: string;
  today: string;
}

/** Every week on one day needs no words beyond the day heading and the time. */
function isPlainWeekly(group: PublicGroup): boolean {
  const rule = parseRrule(group.schedule.rrule);
  return rule?.frequency === 'WEEKLY' && rule.interval === 1;
}

function Place({ group }: { group: PublicGroup }) {
  const { t } = useTranslation();
  if (group.format === 'online' || !group.location) return <>{t('publicPrinting.online')}</>;
  const room = group.room || group.location.room;
  return (
    <>
      <strong>{group.location.name}</strong>
      {room && <span className="public-list__line">{room}</span>}
      {group.location.address && (
        <span className="public-list__line">{group.location.address}</span>
      )}
      {group.format === 'hybrid' && (
        <span className="public-list__line">{t('publicPrinting.alsoOnline')}</span>
      )}
    </>
  );
}

function Details({
  group,
  locale,
  today,
}: Omit<PublicGroupTableProps, 'caption' | 'groups'> & {
  group: PublicGroup;
}) {
  const { t, i18n } = useTranslation();
  const contact = [group.publicContactName, group.publicContactPhone, group.publicContactEmail]
    .filter(Boolean)
    .join(', ');
  const lines = [
    isPlainWeekly(group) ? '' : describeSchedule(group.schedule, t, locale),
    group.startDate > today
      ? t('publicPrinting.starts', { date: formatCivilDate(group.startDate, locale) })
      : '',
    t(group.isOpenToNewcomers ? 'publicPrinting.newcomersWelcome' : 'publicPrinting.closedGroup'),
    group.languages.length > 0
      ? t('publicPrinting.languages', {
          languages: formatLanguageList(group.languages, i18n.language),
        })
      : '',
    group.accessibility ? t('publicPrinting.accessibility', { text: group.accessibility }) : '',
    contact ? t('publicPrinting.contact', { contact }) : '',
  ].filter(Boolean);
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="public-list__line">
          {line}
        </span>
      ))}
    </>
  );
}

/** One day of the public meeting list; the same table on screen and on paper. */
export function PublicGroupTable({ caption, groups, locale, today }: PublicGroupTableProps) {
  const { t } = useTranslation();
  return (
    <table className="table public-list__table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('publicPrinting.columns.time')}</th>
          <th scope="col">{t('publicPrinting.columns.group')}</th>
          <th scope="col">{t('publicPrinting.columns.place')}</th>
          <th scope="col">{t('publicPrinting.columns.details')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group, index) => (
          <tr key={`${group.name}-${index}`}>
            <td className="public-list__time">
              {formatWallTime(group.schedule.startTime, locale)}
            </td>
            <th scope="row" className="table__free-text">
              {group.name}
              <span className="public-list__line public-list__focus">
                {t(`enums.focus.${group.focus}`)}
                {group.audience && ` · ${group.audience}`}
              </span>
              {group.publicDescription && (
                <span className="public-list__line public-list__description">
                  {group.publicDescription}
                </span>
              )}
            </th>
            <td className="table__free-text">
              <Place group={group} />
            </td>
            <td className="table__free-text">
              <Details group={group} locale={locale} today={today} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
