import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { Incident } from '../../shared/domain/incidents';
import { call } from '../api/client';
import { useCanCall } from '../app/can-call';
import { queryKeys } from '../app/query-keys';
import { useFormatInstant } from '../audit/audit-words';
import { useDateLocale } from '../i18n/date-locale';
import { DetailSections } from '../ui/DetailSections';
import { formatCivilDate } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { IncidentFollowUpForm } from './IncidentFollowUpForm';
import { IncidentNotes } from './IncidentNotes';
import { IncidentStatusBadge } from './IncidentStatusBadge';

/** #/incidents/<id>: what happened, the follow-up so far, and (for staff) the next step. */
export function IncidentDetailScreen() {
  const { t } = useTranslation();
  const id = Number(useParams({ strict: false }).incidentId);
  const incident = useQuery({
    queryKey: queryKeys.incident(id),
    queryFn: () => call('getIncident', { id }),
  });
  const data = incident.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/incidents">{t('incidents.detail.backToList')}</Link>
      </p>
      <PageHeader
        title={
          data
            ? t('incidents.detail.title', { group: data.groupName })
            : t('incidents.detail.loadingTitle')
        }
        intro={data && <IncidentStatusBadge status={data.status} />}
      />
      <QueryStatus
        isPending={incident.isPending}
        error={incident.error}
        onRetry={() => void incident.refetch()}
      />
      {data && <IncidentDetails incident={data} />}
    </>
  );
}

function IncidentDetails({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const formatInstant = useFormatInstant();
  const canFollowUp = useCanCall('updateIncident');
  const date = formatCivilDate(incident.occurredOn, locale);
  return (
    <>
      <DetailSections
        idPrefix="incident"
        sections={[
          {
            title: t('incidents.detail.aboutHeading'),
            details: [
              {
                label: t('incidents.fields.category'),
                value: t(`incidents.category.${incident.category}`),
              },
              {
                label: t('incidents.fields.severity'),
                value: t(`incidents.severity.${incident.severity}`),
              },
              {
                label: t('incidents.fields.session'),
                value:
                  incident.sessionId === null ? (
                    date
                  ) : (
                    <Link
                      to="/sessions/$sessionId"
                      params={{ sessionId: String(incident.sessionId) }}
                    >
                      {date}
                    </Link>
                  ),
              },
              { label: t('incidents.fields.reportedBy'), value: incident.reportedByName },
              { label: t('incidents.fields.reportedAt'), value: formatInstant(incident.createdAt) },
            ],
          },
          {
            title: t('incidents.detail.whatHeading'),
            details: [
              {
                label: t('incidents.fields.description'),
                value: incident.description,
                isLong: true,
              },
              {
                label: t('incidents.fields.actionsTaken'),
                value: incident.actionsTaken || t('incidents.detail.nothingWritten'),
                isLong: true,
              },
              {
                label: t('incidents.fields.isReferralMade'),
                value: incident.isReferralMade ? t('common.yes') : t('common.no'),
              },
            ],
          },
        ]}
      />
      <IncidentNotes notes={incident.notes} />
      {canFollowUp && <IncidentFollowUpForm incident={incident} />}
    </>
  );
}
