import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Rota } from '../../../shared/domain/rota';
import { ErrorAlert } from '../../ui/Alert';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { useRota } from './use-rota';

/**
 * The rota once it is in; until then, on screen only, why not: a period the core would refuse
 * (said at the picker too), loading, or an error to retry.
 */
export function RotaGate({ children }: { children: (rota: Rota) => ReactNode }) {
  const { t } = useTranslation();
  const { problem, query } = useRota();
  if (problem) {
    return (
      <div className="screen-only">
        <ErrorAlert>{t(problem)}</ErrorAlert>
      </div>
    );
  }
  if (!query.data) {
    return (
      <PrintQueryStatus
        isPending={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return children(query.data);
}
