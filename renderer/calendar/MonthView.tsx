import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../shared/domain/sessions';
import type { CalendarFormat } from './calendar-format';
import { daysFrom, dropDefaults, type CalendarState } from './calendar-search';
import { SessionItem, sessionsByDay } from './SessionItem';

/** A month cell lists this many sessions; the rest are one link away, in that day's agenda. */
const SESSIONS_PER_CELL = 3;

interface MonthViewProps {
  state: CalendarState;
  range: { from: string; to: string };
  today: string;
  sessions: readonly SessionRow[];
  format: CalendarFormat;
  title: string;
}

/**
 * The month as a real table: a screen reader names each cell by its weekday column, and reads
 * the day's full date and sessions inside it.
 */
export function MonthView({ state, range, today, sessions, format, title }: MonthViewProps) {
  const { t } = useTranslation();
  const days = daysFrom(range.from, range.to);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const byDay = sessionsByDay(sessions);
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
              const daySessions = byDay.get(day) ?? [];
              const hidden = daySessions.length - SESSIONS_PER_CELL;
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
                  {daySessions.length > 0 && (
                    <ul className="calendar-month__sessions">
                      {daySessions.slice(0, SESSIONS_PER_CELL).map((session) => (
                        <li key={session.id}>
                          <SessionItem session={session} format={format} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {hidden > 0 && (
                    <Link
                      to="/calendar"
                      search={dropDefaults({ ...state, view: 'agenda', date: day })}
                      className="calendar-month__more"
                    >
                      {t('calendar.more', { count: hidden })}
                      <span className="visually-hidden"> · {format.day(day)}</span>
                    </Link>
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
