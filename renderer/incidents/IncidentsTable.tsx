import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { IncidentSummary } from '../../shared/domain/incidents';
import { useDateLocale } from '../i18n/date-locale';
import { formatCivilDate } from '../ui/format';
import { IncidentStatusBadge } from './IncidentStatusBadge';

/** Incidents without their content: what happened is only on each incident's own page. */
export function IncidentsTable({ incidents }: { incidents: IncidentSummary[] }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  return (
    <table className="table table--stack incidents-table">
      <caption className="visually-hidden">{t('incidents.list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('incidents.fields.occurredOn')}</th>
          <th scope="col">{t('incidents.fields.group')}</th>
          <th scope="col">{t('incidents.fields.category')}</th>
          <th scope="col">{t('incidents.fields.severity')}</th>
          <th scope="col">{t('incidents.fields.status')}</th>
          <th scope="col">{t('incidents.fields.reportedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((incident) => {
          const date = formatCivilDate(incident.occurredOn, locale);
          return (
            <tr key={incident.id}>
              <th scope="row">
                <Link
                  to="/incidents/$incidentId"
                  params={{ incidentId: String(incident.id) }}
                  aria-label={t('incidents.list.open', { date, group: incident.groupName })}
                >
                  {date}
                </Link>
              </th>
              <td className="table__free-text" data-label={t('incidents.fields.group')}>
                {incident.groupName}
              </td>
              <td data-label={t('incidents.fields.category')}>
                {t(`incidents.category.${incident.category}`)}
              </td>
              <td data-label={t('incidents.fields.severity')}>
                {t(`incidents.severity.${incident.severity}`)}
              </td>
              <td data-label={t('incidents.fields.status')}>
                <IncidentStatusBadge status={incident.status} />
              </td>
              <td className="table__free-text" data-label={t('incidents.fields.reportedBy')}>
                {incident.reportedByName}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
