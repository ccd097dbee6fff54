import { useTranslation } from '../i18n/use-translation';
import type { CalendarFormat } from './calendar-format';
import type { CalendarState } from './calendar-search';
import type { DayShown } from './day-sessions';
import { DayMoreLink } from './DayMoreLink';
import { SessionLink } from './SessionItem';

interface DayListsProps {
  dates: readonly string[];
  today: string;
  /** The days with sessions, each with what it draws. */
  days: ReadonlyMap<string, DayShown>;
  format: CalendarFormat;
  /** The week shows every day, empty ones too; the agenda only days with sessions. */
  isEmptyDayShown: boolean;
  variant: 'week' | 'agenda';
  /**
   * The week links to a day's sessions left out ("N more": the list from that day, with these
   * filters); the agenda draws them all, a page at a time.
   */
  moreFrom?: CalendarState;
}

/** Days as headed lists of sessions: the week view's columns and the agenda's entries. */
export function DayLists({
  dates,
  today,
  days,
  format,
  isEmptyDayShown,
  variant,
  moreFrom,
}: DayListsProps) {
  const { t } = useTranslation();
  const listed = isEmptyDayShown ? dates : dates.filter((day) => days.has(day));
  return (
    <ol className={`calendar-days calendar-days--${variant}`}>
      {listed.map((day) => {
        const { shown, hidden } = days.get(day) ?? { shown: [], hidden: 0 };
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
            {shown.length > 0 ? (
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
            {moreFrom && hidden > 0 && (
              <DayMoreLink
                state={moreFrom}
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
