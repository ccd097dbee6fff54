import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReadinessState } from '../../shared/domain/readiness';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { QueryStatus } from '../ui/QueryStatus';

/** Names listed before "and N more": enough to act on, short enough for the dashboard. */
const NAMES_SHOWN = 5;

/** Volunteers whose training or check expires soon, and how many are not ready: links to each list. */
export function ExpiringTrainingPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="expiring-title">
      <h2 id="expiring-title">{t('calendar.expiring.title')}</h2>
      <ReadinessLine readiness="expiring" />
      <ReadinessLine readiness="not_ready" />
      <p className="muted">{t('calendar.expiring.hint')}</p>
    </section>
  );
}

function ReadinessLine({ readiness }: { readiness: Exclude<ReadinessState, 'ready'> }) {
  const { t } = useTranslation();
  const input = { status: 'active' as const, readiness, limit: NAMES_SHOWN };
  const volunteers = useQuery({
    queryKey: queryKeys.volunteerList(input),
    queryFn: () => call('listVolunteers', input),
  });
  const data = volunteers.data;
  return (
    <>
      <QueryStatus
        isPending={volunteers.isPending}
        error={volunteers.error}
        onRetry={() => void volunteers.refetch()}
      />
      {data && (
        <p>
          <Link to="/volunteers" search={{ status: 'active', readiness }}>
            {t(`calendar.expiring.${readiness}`, { count: data.total })}
          </Link>
          {data.rows.length > 0 && (
            <>
              {': '}
              {data.rows.map((v) => v.displayName).join(', ')}
              {data.total > data.rows.length &&
                ` ${t('calendar.expiring.andMore', { count: data.total - data.rows.length })}`}
            </>
          )}
        </p>
      )}
    </>
  );
}
