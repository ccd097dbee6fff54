import { useTranslation } from '../i18n/use-translation';
import { EmptyState } from '../ui/EmptyState';
import { QueryStatus } from '../ui/QueryStatus';
import { PublicPrintingUnavailable } from './use-public-data';

interface PrintQueryStatusProps {
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}

/**
 * Loading, or what went wrong, in the screen's language and on screen only: a printout never
 * holds "Loading…". At the print station, "switched off" and "unreadable" say what to do.
 */
export function PrintQueryStatus({ isPending, error, onRetry }: PrintQueryStatusProps) {
  const { t } = useTranslation();
  if (error instanceof PublicPrintingUnavailable) {
    return (
      <div className="screen-only">
        <EmptyState title={t(`publicPrinting.${error.status}Title`)}>
          {t(`publicPrinting.${error.status}Text`)}
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="screen-only">
      <QueryStatus isPending={isPending} error={error} onRetry={onRetry} />
    </div>
  );
}
