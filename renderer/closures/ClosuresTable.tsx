import { useTranslation } from '../i18n/use-translation';
import type { Closure } from '../../shared/domain/closures';
import { RecordTable } from '../ui/RecordTable';
import { useDateRange } from './useDateRange';
import { RemoveClosureButton } from './RemoveClosureButton';

interface ClosuresTableProps {
  closures: Closure[];
  onRemoved: (restoredSessions: number) => void;
}

export function ClosuresTable({ closures, onRemoved }: ClosuresTableProps) {
  const { t } = useTranslation();
  const dateRange = useDateRange();
  return (
    <RecordTable
      caption={t('closures.tableCaption')}
      rows={closures}
      columns={[
        { header: t('closures.columns.dates'), cell: dateRange },
        {
          header: t('closures.columns.place'),
          cell: (closure) => closure.locationName ?? t('closures.wholeCentre'),
        },
        {
          header: t('closures.columns.reason'),
          className: 'table__free-text',
          cell: (closure) => closure.reason,
        },
        {
          header: t('closures.columns.sessions'),
          isNumeric: true,
          cell: (closure) => t('closures.sessionCount', { count: closure.cancelledSessions }),
        },
      ]}
      rowActions={(closure) => <RemoveClosureButton closure={closure} onRemoved={onRemoved} />}
    />
  );
}
