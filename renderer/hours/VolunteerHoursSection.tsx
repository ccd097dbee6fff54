import { skipToken, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { Volunteer } from '../../shared/domain/volunteers';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useDateLocale } from '../i18n/date-locale';
import { formatCivilDate } from '../ui/format';
import { QueryStatus } from '../ui/QueryStatus';
import { formatHours } from './format-hours';
import { PeriodPicker } from './PeriodPicker';
import { useHoursPeriod } from './use-hours-period';

/** The volunteer page's hours: the total for a chosen period and the sessions behind it. */
export function VolunteerHoursSection({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const periodState = useHoursPeriod();
  const { period } = periodState;
  const hours = useQuery({
    queryKey: queryKeys.volunteerHours(volunteer.id, period),
    queryFn: period
      ? () => call('getVolunteerHours', { volunteerId: volunteer.id, ...period })
      : skipToken,
  });
  const data = period && hours.data;

  return (
    <section className="detail-section volunteer-hours" aria-labelledby="volunteer-hours">
      <h2 id="volunteer-hours">{t('hours.heading')}</h2>
      <PeriodPicker state={periodState} />
      {period && (
        <QueryStatus
          isPending={hours.isPending}
          error={hours.error}
          onRetry={() => void hours.refetch()}
        />
      )}
      {data && data.sessions.length === 0 && <p className="muted">{t('hours.volunteerNone')}</p>}
      {data && data.sessions.length > 0 && (
        <>
          <p className="hours-total" aria-live="polite">
            {t('hours.volunteerTotal', {
              hours: formatHours(data.totalHours, locale),
              count: data.sessions.length,
            })}
          </p>
          <table className="table table--stack">
            <caption className="visually-hidden">
              {t('hours.volunteerCaption', {
                name: volunteer.displayName,
                from: formatCivilDate(period.from, locale),
                to: formatCivilDate(period.to, locale),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('hours.columns.date')}</th>
                <th scope="col">{t('hours.columns.group')}</th>
                <th scope="col">{t('hours.columns.role')}</th>
                <th scope="col" className="numeric">
                  {t('hours.columns.hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.sessions.map((entry) => (
                <tr key={entry.sessionId}>
                  <th scope="row">
                    <Link to="/sessions/$sessionId" params={{ sessionId: String(entry.sessionId) }}>
                      {formatCivilDate(entry.localDate, locale)}
                    </Link>
                  </th>
                  <td className="table__free-text" data-label={t('hours.columns.group')}>
                    {entry.groupName}
                  </td>
                  <td data-label={t('hours.columns.role')}>
                    {t(`enums.facilitatorRole.${entry.role}`)}
                  </td>
                  <td className="numeric" data-label={t('hours.columns.hours')}>
                    {formatHours(entry.hours, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
