import type { PublicSession, PublicSnapshot } from '../../../shared/domain/public-snapshot';
import { formatWallTime } from '../../i18n/date-locale';
import { dateTimeFormat } from '../../ui/intl-cache';
import { usePrint } from '../print-context';
import type { CalendarDay } from './calendar-days';

/** "Cancelled", with the reason of the closure that cancels it. */
function CancelledNote({ meeting }: { meeting: PublicSession }) {
  const { t } = usePrint();
  return (
    <strong className="print-calendar__cancelled">
      {meeting.closure
        ? t('printLists.calendar.cancelledBecause', { reason: meeting.closure })
        : t('printLists.calendar.cancelled')}
    </strong>
  );
}

/**
 * One meeting as one line of plain text ("19:00 Dads' Group"): a month of a large centre holds
 * over a thousand of them, and each element more is laid out again on every page. Cancelled:
 * struck through AND the word "Cancelled" (with a closure's reason), never colour alone.
 */
function Meeting({ meeting, text }: { meeting: PublicSession; text: string }) {
  if (!meeting.isCancelled) return <li className="print-calendar__meeting">{text}</li>;
  return (
    <li className="print-calendar__meeting print-calendar__meeting--cancelled">
      <s>{text}</s> <CancelledNote meeting={meeting} />
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
  const dayNumber = dateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
  const meetingText = (meeting: PublicSession) =>
    `${formatWallTime(meeting.startTime, locale)} ${data.groups[meeting.group]?.name ?? ''}`;
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
                      <Meeting key={at} meeting={meeting} text={meetingText(meeting)} />
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

/**
 * A busy day in full, after the grid: a line per meeting (time, group, format letter, place) in
 * two columns, kept on one page with its heading. The format letters' key is above the days.
 */
export function BusyDay({
  data,
  day,
  heading,
}: {
  data: PublicSnapshot;
  day: CalendarDay;
  heading: string;
}) {
  const { t, locale } = usePrint();
  const online = t('printLists.formats.online.name');
  return (
    <section className="print-calendar__busy-day" aria-label={heading}>
      <h3>{heading}</h3>
      <ul className="print-calendar__day-meetings">
        {day.meetings.map((meeting, index) => {
          const group = data.groups[meeting.group];
          if (!group) return null;
          const place = group.format === 'online' || !group.location ? online : group.location.name;
          const text = [
            `${formatWallTime(meeting.startTime, locale)} ${group.name}`,
            t(`printLists.formats.${group.format}.letter`),
            place,
          ].join(' · ');
          return <Meeting key={index} meeting={meeting} text={text} />;
        })}
      </ul>
    </section>
  );
}
