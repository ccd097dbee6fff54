import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../shared/domain/sessions';
import type { CalendarFormat } from './calendar-format';
import type { CalendarState } from './calendar-search';
import { firstSessions } from './day-sessions';
import { DayMoreLink } from './DayMoreLink';
import { SessionLink, sessionsByDay } from './SessionItem';

interface DayListsProps {
  days: readonly string[];
  today: string;
  sessions: readonly SessionRow[];
  format: CalendarFormat;
  /** The week shows every day, empty ones too; the agenda only days with sessions. */
  isEmptyDayShown: boolean;
  variant: 'week' | 'agenda';
  /**
   * The week draws this many of a day's sessions and links to the rest ("N more", the list from
   * that day, with these filters); the agenda draws them all, a page at a time.
   */
  perDay?: { limit: number; state: CalendarState };
}

/** Days as headed lists of sessions: the week view's columns and the agenda's entries. */
export function DayLists({
  days,
  today,
  sessions,
  format,
  isEmptyDayShown,
  variant,
  perDay,
}: DayListsProps) {
  const { t } = useTranslation();
  const byDay = sessionsByDay(sessions);
  const listed = isEmptyDayShown ? days : days.filter((day) => byDay.has(day));
  return (
    <ol className={`calendar-days calendar-days--${variant}`}>
      {listed.map((day) => {
        const daySessions = byDay.get(day) ?? [];
        const { shown, hidden } = firstSessions(daySessions, perDay?.limit ?? daySessions.length);
        return (
          <li
            key={day}
            className="calendar-days__day"
            aria-current={day === today ? 'date' : undefined}
          >
            <h3 className="calendar-days__heading">
              {format.day(day)}
              {day === today && (
                <span className="calendar-month__today"> {t('calendar.today')}</span>
              )}
            </h3>
            {daySessions.length > 0 ? (
              <ul className="calendar-days__sessions">
                {shown.map((session) => (
                  <li key={session.id}>
                    <SessionLink session={session} format={format} showPlace t={t} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="calendar-days__none">{t('calendar.noSessionsThisDay')}</p>
            )}
            {perDay && hidden > 0 && (
              <DayMoreLink
                state={perDay.state}
                day={day}
                hidden={hidden}
                format={format}
                className="calendar-days__more"
                t={t}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
