import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { isLimitedToOwnRecords } from '../../shared/api/scope';
import { INCIDENT_STATUSES, type IncidentStatus } from '../../shared/domain/incidents';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useSignedInUser } from '../app/vault-context';
import { EmptyState } from '../ui/EmptyState';
import { enumOptions } from '../ui/options';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { IncidentsTable } from './IncidentsTable';

/** #/incidents: staff see every incident, anyone else the ones they reported. */
export function IncidentsScreen() {
  const { t } = useTranslation();
  const isOwnOnly = isLimitedToOwnRecords(useSignedInUser().role);
  const [status, setStatus] = useState<IncidentStatus | ''>('');
  const input = { status: status === '' ? null : status, sessionId: null };
  const incidents = useQuery({
    queryKey: queryKeys.incidentList(input),
    queryFn: () => call('listIncidents', input),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('incidents.title')}
        intro={isOwnOnly ? t('incidents.introOwn') : t('incidents.intro')}
      />
      <div role="search" className="filter-bar">
        <SelectField
          label={t('incidents.list.filterLabel')}
          value={status}
          onChange={(value) => setStatus(value as IncidentStatus | '')}
          options={[
            { value: '', label: t('incidents.list.allStatuses') },
            ...enumOptions(INCIDENT_STATUSES, t, 'incidents.status'),
          ]}
        />
      </div>
      <QueryStatus
        isPending={incidents.isPending}
        error={incidents.error}
        onRetry={() => void incidents.refetch()}
      />
      {incidents.data &&
        (incidents.data.length > 0 ? (
          <IncidentsTable incidents={incidents.data} />
        ) : (
          <EmptyState title={t('incidents.list.none')}>
            {emptyText(t, isOwnOnly, status)}
          </EmptyState>
        ))}
    </>
  );
}

function emptyText(
  t: ReturnType<typeof useTranslation>['t'],
  isOwnOnly: boolean,
  status: IncidentStatus | '',
): string {
  if (status === 'open') return t('incidents.list.noneOpen');
  if (status !== '') {
    return t('incidents.list.noneWithStatus', { status: t(`incidents.status.${status}`) });
  }
  return isOwnOnly ? t('incidents.list.noneOwn') : t('incidents.list.noneStaff');
}
