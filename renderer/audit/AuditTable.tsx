import { useTranslation } from 'react-i18next';
import type { AuditLogEntry } from '../../shared/domain/audit';
import { actionName, entityName, fieldNames, useFormatInstant } from './audit-words';

export function AuditTable({ entries, total }: { entries: AuditLogEntry[]; total: number }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  return (
    <table className="table table--stack table--audit">
      <caption className="visually-hidden">{t('audit.tableCaption', { total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.columns.at')}</th>
          <th scope="col" className="numeric">
            {t('audit.columns.id')}
          </th>
          <th scope="col">{t('audit.columns.user')}</th>
          <th scope="col">{t('audit.columns.action')}</th>
          <th scope="col">{t('audit.columns.record')}</th>
          <th scope="col">{t('audit.columns.fields')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
            </th>
            <td className="numeric" data-label={t('audit.columns.id')}>
              {entry.id}
            </td>
            <td data-label={t('audit.columns.user')}>{entry.userName ?? t('audit.nobody')}</td>
            <td data-label={t('audit.columns.action')}>{actionName(t, entry.action)}</td>
            <td data-label={t('audit.columns.record')}>
              {entry.entityId === null
                ? entityName(t, entry.entity)
                : t('audit.recordNumber', {
                    entity: entityName(t, entry.entity),
                    id: entry.entityId,
                  })}
            </td>
            <td className="table__free-text" data-label={t('audit.columns.fields')}>
              {entry.fields.length === 0
                ? t('audit.noFields')
                : fieldNames(t, entry.entity, entry.fields)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
