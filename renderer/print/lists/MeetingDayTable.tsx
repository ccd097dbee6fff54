import type { PublicGroup } from '../../../shared/domain/public-snapshot';
import { parseRrule } from '../../../shared/schedule/rrule';
import { describeSchedule } from '../../groups/describe-schedule';
import { formatWallTime } from '../../i18n/date-locale';
import { formatCivilDate, formatLanguageList } from '../../ui/format';
import { LtrText } from '../../ui/LtrText';
import { usePrint } from '../print-context';
import { FormatLetter, ListColumns } from './ListFrame';

/** Every week on one day needs no words beyond the day heading and the time. */
function isPlainWeekly(group: PublicGroup): boolean {
  const rule = parseRrule(group.schedule.rrule);
  return rule?.frequency === 'WEEKLY' && rule.interval === 1;
}

/** A link on paper is typed by hand: no scheme, no trailing slash. */
const printedLink = (link: string) => link.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** How to join online: the link and dial-in the group chose to publish, or who to ask. */
function Online({ group, isAlso }: { group: PublicGroup; isAlso: boolean }) {
  const { t } = usePrint();
  if (!group.onlineLink && !group.dialIn) {
    return <>{t(isAlso ? 'printLists.alsoOnline' : 'printLists.online')}</>;
  }
  return (
    <>
      {t(isAlso ? 'feedsOnline.list.alsoOnline' : 'feedsOnline.list.online')}
      {group.onlineLink && (
        <span className="print-lists__line">
          <LtrText>{printedLink(group.onlineLink)}</LtrText>
        </span>
      )}
      {group.dialIn && (
        <span className="print-lists__line">
          {t('feedsOnline.list.dialIn')} <LtrText>{group.dialIn}</LtrText>
        </span>
      )}
    </>
  );
}

function Place({ group }: { group: PublicGroup }) {
  if (group.format === 'online' || !group.location) return <Online group={group} isAlso={false} />;
  const room = group.room || group.location.room;
  return (
    <>
      <strong>{group.location.name}</strong>
      {room && <span className="print-lists__line">{room}</span>}
      {group.location.address && (
        <span className="print-lists__line">
          <bdi>{group.location.address}</bdi>
        </span>
      )}
      {group.format === 'hybrid' && (
        <span className="print-lists__line">
          <Online group={group} isAlso />
        </span>
      )}
    </>
  );
}

function Details({ group }: { group: PublicGroup }) {
  const { t, locale, language, today } = usePrint();
  const contact = [
    group.publicContactName,
    group.publicContactPhone || group.publicContactEmail,
  ].filter(Boolean);
  const lines = [
    isPlainWeekly(group) ? '' : describeSchedule(group.schedule, t, locale),
    group.startDate > today
      ? t('printLists.starts', { date: formatCivilDate(group.startDate, locale) })
      : '',
    t(group.isOpenToNewcomers ? 'printLists.newcomersWelcome' : 'printLists.closedGroup'),
    group.languages.length > 0
      ? t('printLists.languages', { languages: formatLanguageList(group.languages, language) })
      : '',
    group.accessibility ? t('printLists.accessibility', { text: group.accessibility }) : '',
    contact.length > 0 ? t('printLists.contact', { contact: contact.join(', ') }) : '',
  ].filter(Boolean);
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="print-lists__line">
          {line}
        </span>
      ))}
    </>
  );
}

/**
 * One day of the meeting list. The day's heading is a row of the table's head, with the column
 * headings: Chromium repeats the head at the top of every page the day continues on.
 */
export function MeetingDayTable({ heading, groups }: { heading: string; groups: PublicGroup[] }) {
  const { t, locale } = usePrint();
  return (
    <table
      className="print-lists__table print-lists__day"
      aria-label={t('printLists.dayCaption', { day: heading })}
    >
      <ListColumns names={['time', 'group', 'format', 'place', 'details']} />
      <thead>
        <tr>
          <th colSpan={5} scope="colgroup" className="print-lists__day-heading">
            {heading}
          </th>
        </tr>
        <tr className="print-lists__columns">
          <th scope="col">{t('printLists.columns.time')}</th>
          <th scope="col">{t('printLists.columns.group')}</th>
          <th scope="col">{t('printLists.columns.format')}</th>
          <th scope="col">{t('printLists.columns.place')}</th>
          <th scope="col">{t('printLists.columns.details')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group, index) => (
          <tr key={`${group.name}-${index}`}>
            <td className="print-lists__time">
              {formatWallTime(group.schedule.startTime, locale)}
            </td>
            <th scope="row">
              {group.name}
              <span className="print-lists__line print-lists__focus">
                {t(`enums.focus.${group.focus}`)}
                {group.audience && ` · ${group.audience}`}
              </span>
              {group.publicDescription && (
                <span className="print-lists__line print-lists__description">
                  {group.publicDescription}
                </span>
              )}
            </th>
            <td className="print-lists__format-cell">
              <FormatLetter format={group.format} />
            </td>
            <td>
              <Place group={group} />
            </td>
            <td>
              <Details group={group} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
