import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { ATTENDANCE_WEEKS, type AttendanceWeek } from '../../shared/domain/session-dashboard';
import { useCalendarFormat } from '../calendar/calendar-format';
import { QueryStatus } from '../ui/QueryStatus';
import { AttendanceChart } from './AttendanceChart';
import { numberFormat } from '../ui/intl-cache';
import { attendanceTrendQuery } from './dashboard-queries';

/** Attendance over the last 12 weeks: a chart to glance at, and the same figures as a table. */
export function AttendanceTrendPanel() {
  const { t, i18n } = useTranslation();
  const format = useCalendarFormat();
  const trend = useQuery(attendanceTrendQuery);
  const number = numberFormat(i18n.language);
  const weeks = trend.data ?? [];
  const totals = weeks.reduce(
    (sum, week) => ({
      held: sum.held + week.sessionsHeld,
      headcount: sum.headcount + week.headcount,
      newcomers: sum.newcomers + week.newcomers,
    }),
    { held: 0, headcount: 0, newcomers: 0 },
  );
  const summary = t('calendar.trend.summary', {
    weeks: ATTENDANCE_WEEKS,
    held: number.format(totals.held),
    headcount: number.format(totals.headcount),
    newcomers: number.format(totals.newcomers),
  });
  return (
    <section className="panel attendance-panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('calendar.trend.title', { weeks: ATTENDANCE_WEEKS })}</h2>
      <QueryStatus
        isPending={trend.isPending}
        error={trend.error}
        onRetry={() => void trend.refetch()}
      />
      {trend.data && (
        <>
          <p>{summary}</p>
          <AttendanceChart weeks={weeks} label={summary} weekLabel={format.dayNumberMonth} />
          <details className="attendance__table">
            <summary>{t('calendar.trend.showTable')}</summary>
            <AttendanceTable weeks={weeks} />
          </details>
        </>
      )}
    </section>
  );
}

function AttendanceTable({ weeks }: { weeks: readonly AttendanceWeek[] }) {
  const { t, i18n } = useTranslation();
  const format = useCalendarFormat();
  const number = numberFormat(i18n.language);
  return (
    <table className="table table--compact table--stack">
      <caption className="visually-hidden">{t('calendar.trend.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calendar.trend.weekOf')}</th>
          <th scope="col" className="numeric">
            {t('calendar.trend.held')}
          </th>
          <th scope="col" className="numeric">
            {t('calendar.trend.headcount')}
          </th>
          <th scope="col" className="numeric">
            {t('calendar.trend.newcomers')}
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.weekStart}>
            <th scope="row">{format.fullDay(week.weekStart)}</th>
            <td className="numeric" data-label={t('calendar.trend.held')}>
              {number.format(week.sessionsHeld)}
            </td>
            <td className="numeric" data-label={t('calendar.trend.headcount')}>
              {number.format(week.headcount)}
            </td>
            <td className="numeric" data-label={t('calendar.trend.newcomers')}>
              {number.format(week.newcomers)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
