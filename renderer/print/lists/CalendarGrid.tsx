import type { PublicSession, PublicSnapshot } from '../../../shared/domain/public-snapshot';
import { formatWallTime } from '../../i18n/date-locale';
import { usePrint } from '../print-context';
import type { CalendarDay } from './calendar-days';
import { FormatLetter, ListColumns } from './ListFrame';

/** "Cancelled", with the reason of the closure that cancels it. */
function CancelledNote({
  meeting,
  isOwnLine = false,
}: {
  meeting: PublicSession;
  isOwnLine?: boolean;
}) {
  const { t } = usePrint();
  return (
    <strong className={`print-calendar__cancelled${isOwnLine ? ' print-lists__line' : ''}`}>
      {meeting.closure
        ? t('printLists.calendar.cancelledBecause', { reason: meeting.closure })
        : t('printLists.calendar.cancelled')}
    </strong>
  );
}

/** Struck through AND the word "Cancelled" (with a closure's reason): never colour alone. */
function Meeting({ meeting, name }: { meeting: PublicSession; name: string }) {
  const { locale } = usePrint();
  const time = formatWallTime(meeting.startTime, locale);
  if (!meeting.isCancelled) {
    return (
      <li className="print-calendar__meeting">
        <span className="print-calendar__time">{time}</span> {name}
      </li>
    );
  }
  return (
    <li className="print-calendar__meeting print-calendar__meeting--cancelled">
      <s>
        <span className="print-calendar__time">{time}</span> {name}
      </s>{' '}
      <CancelledNote meeting={meeting} />
    </li>
  );
}

export function ClosureNotes({ day }: { day: CalendarDay }) {
  const { t } = usePrint();
  return day.closures.map((closure, index) => (
    <p key={index} className="print-calendar__closure">
      {closure.place
        ? t('printLists.calendar.placeClosed', { place: closure.place, reason: closure.reason })
        : t('printLists.calendar.closed', { reason: closure.reason })}
    </p>
  ));
}

interface CalendarGridProps {
  data: PublicSnapshot;
  weeks: (string | null)[][];
  weekdayNames: string[];
  days: ReadonlyMap<string, CalendarDay>;
  /** The most meetings a cell shows; a busier day shows one less and "+N more". */
  cellLimit: number;
}

/** The month as a table: a week per row, so a row is never split and the weekdays repeat. */
export function CalendarGrid({ data, weeks, weekdayNames, days, cellLimit }: CalendarGridProps) {
  const { t, locale } = usePrint();
  const dayNumber = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
  return (
    <table className="print-calendar__grid" aria-label={t('printLists.calendar.weekdays')}>
      <thead>
        <tr>
          {weekdayNames.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find(Boolean)}>
            {week.map((date, index) => {
              const day = date ? days.get(date) : undefined;
              if (!date || !day) return <td key={index} className="print-calendar__empty" />;
              const isBusy = day.meetings.length > cellLimit;
              const shown = isBusy ? day.meetings.slice(0, cellLimit - 1) : day.meetings;
              return (
                <td key={date}>
                  <p className="print-calendar__date">
                    {dayNumber.format(new Date(`${date}T12:00:00Z`))}
                  </p>
                  <ClosureNotes day={day} />
                  <ul className="print-calendar__meetings">
                    {shown.map((meeting, at) => (
                      <Meeting
                        key={at}
                        meeting={meeting}
                        name={data.groups[meeting.group]?.name ?? ''}
                      />
                    ))}
                  </ul>
                  {isBusy && (
                    <p className="print-calendar__more">
                      {t('printLists.calendar.more', { count: day.meetings.length - shown.length })}
                    </p>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A busy day in full, after the grid: the day heading repeats on every page it runs over. */
export function BusyDayTable({
  data,
  day,
  heading,
}: {
  data: PublicSnapshot;
  day: CalendarDay;
  heading: string;
}) {
  const { t, locale } = usePrint();
  return (
    <table className="print-lists__table print-calendar__busy-day" aria-label={heading}>
      <ListColumns names={['time', 'group', 'format', 'wide-place']} />
      <thead>
        <tr>
          <th colSpan={4} scope="colgroup" className="print-lists__day-heading">
            {heading}
          </th>
        </tr>
        <tr className="print-lists__columns">
          <th scope="col">{t('printLists.columns.time')}</th>
          <th scope="col">{t('printLists.columns.group')}</th>
          <th scope="col">{t('printLists.columns.format')}</th>
          <th scope="col">{t('printLists.columns.place')}</th>
        </tr>
      </thead>
      <tbody>
        {day.meetings.map((meeting, index) => {
          const group = data.groups[meeting.group];
          if (!group) return null;
          return (
            <tr key={index}>
              <td className="print-lists__time">{formatWallTime(meeting.startTime, locale)}</td>
              <th scope="row">
                {meeting.isCancelled ? <s>{group.name}</s> : group.name}
                {meeting.isCancelled && <CancelledNote meeting={meeting} isOwnLine />}
              </th>
              <td className="print-lists__format-cell">
                <FormatLetter format={group.format} />
              </td>
              <td>
                {group.format === 'online' || !group.location
                  ? t('printLists.formats.online.name')
                  : group.location.name}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
