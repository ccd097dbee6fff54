import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/use-translation';
import { useCanCall } from '../../app/can-call';
import { openIncidentsQuery } from '../../dashboard/dashboard-queries';
import { useFirstFew } from '../../dashboard/FirstFew';
import { useDateLocale } from '../../i18n/date-locale';
import { formatCivilDate } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';

/**
 * Open incidents on the dashboard, for staff only: a facilitator gets nothing, not even a count,
 * and the panel never asks for the list on their behalf.
 */
export function OpenIncidentsPanel() {
  // Those who may follow incidents up (updateIncident) are exactly those who see all of them.
  const isStaff = useCanCall('updateIncident');
  return isStaff ? <OpenIncidents /> : null;
}

function OpenIncidents() {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const incidents = useQuery(openIncidentsQuery);
  const { shown, more } = useFirstFew(incidents.data, 'open-incidents-heading');
  return (
    <section className="open-incidents" aria-labelledby="open-incidents-heading">
      <h2 id="open-incidents-heading">{t('incidents.panel.heading')}</h2>
      <QueryStatus
        isPending={incidents.isPending}
        error={incidents.error}
        onRetry={() => void incidents.refetch()}
      />
      {incidents.data &&
        (incidents.data.length > 0 ? (
          <>
            <p>{t('incidents.panel.intro')}</p>
            {/* A list, not the full table: a dashboard column is narrow. */}
            <ul className="open-incidents__list">
              {shown.map((incident) => {
                const date = formatCivilDate(incident.occurredOn, locale);
                return (
                  <li key={incident.id}>
                    <Link
                      to="/incidents/$incidentId"
                      params={{ incidentId: String(incident.id) }}
                      aria-label={t('incidents.list.open', { date, group: incident.groupName })}
                    >
                      {date}
                    </Link>
                    {' · '}
                    {incident.groupName}
                    <br />
                    {t(`incidents.category.${incident.category}`)} ·{' '}
                    {t(`incidents.severity.${incident.severity}`)}
                  </li>
                );
              })}
            </ul>
            {more}
          </>
        ) : (
          <p>{t('incidents.panel.none')}</p>
        ))}
      <p>
        <Link to="/incidents">{t('incidents.panel.viewAll')}</Link>
      </p>
    </section>
  );
}
