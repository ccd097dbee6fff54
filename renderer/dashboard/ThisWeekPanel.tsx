import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { addDays, todayIn } from '../../shared/domain/civil-dates';
import { mondayOf } from '../../shared/domain/session-dashboard';
import { useCalendarFormat } from '../calendar/calendar-format';
import { daysFrom } from '../calendar/calendar-search';
import { SessionItem } from '../calendar/SessionItem';
import { useSignedInUser } from '../app/vault-context';
import { QueryStatus } from '../ui/QueryStatus';
import { thisWeekQuery, TODAY_SHOWN } from './dashboard-queries';

/** Today's sessions one by one, then the rest of this week day by day, each day a link. */
export function ThisWeekPanel({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const today = todayIn(timeZone);
  const sunday = addDays(mondayOf(today), 6);
  const { role } = useSignedInUser();
  const sessions = useQuery(thisWeekQuery(timeZone, role));
  const byDay = new Map(sessions.data?.map((day) => [day.date, day]));
  const todays = byDay.get(today) ?? { sessions: [], total: 0 };
  const laterDays = daysFrom(addDays(today, 1), sunday);
  return (
    <section className="panel" aria-labelledby="this-week-title">
      <h2 id="this-week-title">{t('calendar.thisWeek.title')}</h2>
      <QueryStatus
        isPending={sessions.isPending}
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
      />
      {sessions.data && (
        <>
          <h3>{t('calendar.thisWeek.today', { day: format.day(today) })}</h3>
          {todays.total === 0 ? (
            <p>{t('calendar.thisWeek.noneToday')}</p>
          ) : (
            <ul className="calendar-days__sessions">
              {todays.sessions.map((session) => (
                <li key={session.id}>
                  <SessionItem session={session} format={format} showPlace />
                </li>
              ))}
            </ul>
          )}
          {todays.total > TODAY_SHOWN && (
            <Link to="/calendar" search={{ view: 'agenda' }}>
              {t('calendar.thisWeek.allToday', { count: todays.total })}
            </Link>
          )}
          {laterDays.length > 0 && (
            <>
              <h3>{t('calendar.thisWeek.restOfWeek')}</h3>
              <ul className="plain-list">
                {laterDays.map((day) => {
                  const { total, cancelled } = byDay.get(day) ?? { total: 0, cancelled: 0 };
                  return (
                    <li key={day}>
                      <Link to="/calendar" search={{ view: 'agenda', date: day }}>
                        {format.day(day)}
                      </Link>
                      {': '}
                      {t('calendar.thisWeek.sessions', { count: total })}
                      {cancelled > 0 &&
                        `, ${t('calendar.thisWeek.cancelled', { count: cancelled })}`}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
