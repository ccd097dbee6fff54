import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../shared/domain/sessions';
import type { CalendarFormat } from './calendar-format';
import { SessionItem, sessionsByDay } from './SessionItem';

interface DayListsProps {
  days: readonly string[];
  today: string;
  sessions: readonly SessionRow[];
  format: CalendarFormat;
  /** The week shows every day, empty ones too; the agenda only days with sessions. */
  isEmptyDayShown: boolean;
  variant: 'week' | 'agenda';
}

/** Days as headed lists of sessions: the week view's columns and the agenda's entries. */
export function DayLists({
  days,
  today,
  sessions,
  format,
  isEmptyDayShown,
  variant,
}: DayListsProps) {
  const { t } = useTranslation();
  const byDay = sessionsByDay(sessions);
  const shown = isEmptyDayShown ? days : days.filter((day) => byDay.has(day));
  return (
    <ol className={`calendar-days calendar-days--${variant}`}>
      {shown.map((day) => {
        const daySessions = byDay.get(day) ?? [];
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
                {daySessions.map((session) => (
                  <li key={session.id}>
                    <SessionItem session={session} format={format} showPlace />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="calendar-days__none">{t('calendar.noSessionsThisDay')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
