import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCanCall } from '../../app/can-call';
import { call } from '../../api/client';
import { queryKeys } from '../../app/query-keys';
import { IncidentsTable } from '../../incidents/IncidentsTable';
import { QueryStatus } from '../../ui/QueryStatus';

const OPEN = { status: 'open', sessionId: null } as const;

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
  const incidents = useQuery({
    queryKey: queryKeys.incidentList(OPEN),
    queryFn: () => call('listIncidents', OPEN),
  });
  return (
    <section className="dashboard-panel open-incidents" aria-labelledby="open-incidents-heading">
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
            <IncidentsTable incidents={incidents.data} />
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
