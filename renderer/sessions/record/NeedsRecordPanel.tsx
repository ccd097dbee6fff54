import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/use-translation';
import { NEEDS_RECORD_LIMIT } from '../../../shared/domain/session-records';
import { useCalendarFormat } from '../../calendar/calendar-format';
import { needsRecordQuery } from '../../dashboard/dashboard-queries';
import { useFirstFew } from '../../dashboard/FirstFew';
import { QueryStatus } from '../../ui/QueryStatus';

/**
 * Past sessions nobody has recorded yet, newest first, each with a link to record it (the
 * dashboard shows it): the first few, and the rest on request.
 */
export function NeedsRecordPanel() {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const list = useQuery(needsRecordQuery);
  const { shown: rows, more } = useFirstFew(list.data, 'needs-record-heading', NEEDS_RECORD_LIMIT);
  return (
    <section aria-labelledby="needs-record-heading" className="needs-record">
      <h2 id="needs-record-heading">{t('sessionRecord.needsRecord.title')}</h2>
      <p>{t('sessionRecord.needsRecord.intro')}</p>
      <QueryStatus
        isPending={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
      {list.data && rows.length === 0 && <p>{t('sessionRecord.needsRecord.empty')}</p>}
      {rows.length > 0 && (
        <table className="table table--compact table--stack">
          <thead>
            <tr>
              <th scope="col">{t('sessionRecord.needsRecord.columns.group')}</th>
              <th scope="col">{t('sessionRecord.needsRecord.columns.date')}</th>
              <th scope="col">{t('sessionRecord.needsRecord.columns.time')}</th>
              <th scope="col">{t('sessionRecord.needsRecord.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const date = format.fullDay(row.localDate);
              return (
                <tr key={row.id}>
                  <th scope="row">{row.groupName}</th>
                  <td data-label={t('sessionRecord.needsRecord.columns.date')}>{date}</td>
                  <td data-label={t('sessionRecord.needsRecord.columns.time')}>
                    {format.time(row.localStart)}
                  </td>
                  <td className="table__actions">
                    <Link
                      to="/sessions/$sessionId"
                      params={{ sessionId: String(row.id) }}
                      aria-label={t('sessionRecord.needsRecord.recordNamed', {
                        group: row.groupName,
                        date,
                      })}
                    >
                      {t('sessionRecord.needsRecord.record')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {more}
    </section>
  );
}
