import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { isLimitedToOwnRecords } from '../../../shared/api/scope';
import { todayIn } from '../../../shared/domain/civil-dates';
import type { SessionDetail } from '../../../shared/domain/sessions';
import { call } from '../../api/client';
import { organisationQuery } from '../../app/organisation-query';
import { queryKeys } from '../../app/query-keys';
import { useSignedInUser } from '../../app/vault-context';
import { IncidentsTable } from '../../incidents/IncidentsTable';
import { StatusNote } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryStatus } from '../../ui/QueryStatus';
import { ReportIncidentDialog } from './ReportIncidentDialog';

/** The session page's incidents: report one, and see those of this session one may see. */
export function SessionIncidentsSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const isOwnOnly = isLimitedToOwnRecords(useSignedInUser().role);
  const [isReporting, setIsReporting] = useState(false);
  const [hasReported, setHasReported] = useState(false);
  const input = { status: null, sessionId: session.id };
  const incidents = useQuery({
    queryKey: queryKeys.incidentList(input),
    queryFn: () => call('listIncidents', input),
  });
  const timeZone = useQuery(organisationQuery).data?.timeZone;
  // The core refuses a report from a session still to come; say so instead of offering one.
  const hasStarted = timeZone !== undefined && session.localDate <= todayIn(timeZone);
  return (
    <section className="detail-section session-incidents" aria-labelledby="session-incidents">
      <h2 id="session-incidents">{t('incidents.report.heading')}</h2>
      {hasReported && <StatusNote>{t('incidents.report.saved')}</StatusNote>}
      <QueryStatus
        isPending={incidents.isPending}
        error={incidents.error}
        onRetry={() => void incidents.refetch()}
      />
      {incidents.data &&
        (incidents.data.length > 0 ? (
          <>
            {isOwnOnly && <p className="muted">{t('incidents.report.ownOnly')}</p>}
            <IncidentsTable incidents={incidents.data} />
          </>
        ) : (
          <p>{t('incidents.report.none')}</p>
        ))}
      {hasStarted ? (
        <Button
          onPress={() => {
            setHasReported(false);
            setIsReporting(true);
          }}
        >
          {t('incidents.report.button')}
        </Button>
      ) : (
        <p className="muted">{t('incidents.report.notYet')}</p>
      )}
      {isReporting && (
        <ReportIncidentDialog
          sessionId={session.id}
          onClose={() => setIsReporting(false)}
          onFiled={() => setHasReported(true)}
        />
      )}
    </section>
  );
}
