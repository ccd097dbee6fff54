import { useTranslation } from '../i18n/use-translation';
import type { CalendarFormat } from './calendar-format';
import { daysFrom, type CalendarState } from './calendar-search';
import type { DayShown } from './day-sessions';
import { DayMoreLink } from './DayMoreLink';
import { SessionLink } from './SessionItem';

interface MonthViewProps {
  state: CalendarState;
  range: { from: string; to: string };
  today: string;
  /** The days with sessions, each with what it draws. */
  days: ReadonlyMap<string, DayShown>;
  format: CalendarFormat;
  title: string;
}

/** A day without sessions. */
const NOTHING: DayShown = { shown: [], hidden: 0 };

/**
 * The month as a real table: a screen reader names each cell by its weekday column, and reads
 * the day's full date and sessions inside it.
 */
export function MonthView({ state, range, today, days: shownDays, format, title }: MonthViewProps) {
  const { t } = useTranslation();
  const days = daysFrom(range.from, range.to);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const month = (state.date || today).slice(0, 7);
  return (
    <table className="calendar-month">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          {weeks[0]?.map((day) => (
            <th key={day} scope="col" abbr={format.weekdayLong(day)}>
              {format.weekdayShort(day)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const { shown, hidden } = shownDays.get(day) ?? NOTHING;
              return (
                <td
                  key={day}
                  className="calendar-month__day"
                  data-outside={day.slice(0, 7) !== month || undefined}
                  aria-current={day === today ? 'date' : undefined}
                >
                  <p className="calendar-month__date">
                    <span aria-hidden="true">{format.dayNumber(day)}</span>
                    <span className="visually-hidden">{format.day(day)}</span>
                    {day === today && (
                      <span className="calendar-month__today"> {t('calendar.today')}</span>
                    )}
                  </p>
                  {shown.length > 0 && (
                    <ul className="calendar-month__sessions">
                      {shown.map((session) => (
                        <li key={session.id}>
                          <SessionLink session={session} format={format} t={t} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {hidden > 0 && (
                    <DayMoreLink
                      state={state}
                      day={day}
                      hidden={hidden}
                      format={format}
                      className="calendar-month__more"
                      t={t}
                    />
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
