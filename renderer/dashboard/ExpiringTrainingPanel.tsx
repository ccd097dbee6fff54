import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import type { ReadinessState } from '../../shared/domain/readiness';
import { QueryStatus } from '../ui/QueryStatus';
import { readinessQuery } from './dashboard-queries';

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
  const volunteers = useQuery(readinessQuery(readiness));
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
