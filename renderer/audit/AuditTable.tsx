import { useTranslation } from '../i18n/use-translation';
import type { AuditLogEntry } from '../../shared/domain/audit';
import { actionName, entityName, fieldNames, useFormatInstant } from './audit-words';

export function AuditTable({ entries, total }: { entries: AuditLogEntry[]; total: number }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  // Each cell's label (for the stacked rows of a narrow screen), looked up once for the page.
  const column = {
    at: t('audit.columns.at'),
    id: t('audit.columns.id'),
    user: t('audit.columns.user'),
    action: t('audit.columns.action'),
    record: t('audit.columns.record'),
    fields: t('audit.columns.fields'),
  };
  const nobody = t('audit.nobody');
  const noFields = t('audit.noFields');
  return (
    <table className="table table--stack table--audit">
      <caption className="visually-hidden">{t('audit.tableCaption', { total })}</caption>
      <thead>
        <tr>
          <th scope="col">{column.at}</th>
          <th scope="col" className="numeric">
            {column.id}
          </th>
          <th scope="col">{column.user}</th>
          <th scope="col">{column.action}</th>
          <th scope="col">{column.record}</th>
          <th scope="col">{column.fields}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
            </th>
            <td className="numeric" data-label={column.id}>
              {entry.id}
            </td>
            <td data-label={column.user}>{entry.userName ?? nobody}</td>
            <td data-label={column.action}>{actionName(t, entry.action)}</td>
            <td data-label={column.record}>
              {entry.entityId === null
                ? entityName(t, entry.entity)
                : t('audit.recordNumber', {
                    entity: entityName(t, entry.entity),
                    id: entry.entityId,
                  })}
            </td>
            <td className="table__free-text" data-label={column.fields}>
              {entry.fields.length === 0 ? noFields : fieldNames(t, entry.entity, entry.fields)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
