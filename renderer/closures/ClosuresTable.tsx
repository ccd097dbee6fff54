import { useTranslation } from 'react-i18next';
import type { Closure } from '../../shared/domain/closures';
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
    <table className="table table--stack">
      <caption className="visually-hidden">{t('closures.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('closures.columns.dates')}</th>
          <th scope="col">{t('closures.columns.place')}</th>
          <th scope="col">{t('closures.columns.reason')}</th>
          <th scope="col" className="numeric">
            {t('closures.columns.sessions')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {closures.map((closure) => (
          <tr key={closure.id}>
            <th scope="row">{dateRange(closure)}</th>
            <td data-label={t('closures.columns.place')}>
              {closure.locationName ?? t('closures.wholeCentre')}
            </td>
            <td className="table__free-text" data-label={t('closures.columns.reason')}>
              {closure.reason}
            </td>
            <td className="numeric" data-label={t('closures.columns.sessions')}>
              {t('closures.sessionCount', { count: closure.cancelledSessions })}
            </td>
            <td className="table__actions">
              <RemoveClosureButton closure={closure} onRemoved={onRemoved} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
