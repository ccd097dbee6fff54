import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../i18n/use-translation';
import { sumHours, type HoursSummaryRow } from '../../shared/domain/hours';
import { useDateLocale } from '../i18n/date-locale';
import { SortableHeader } from '../ui/SortableHeader';
import { usePagedRows } from '../ui/usePagedRows';
import { formatHours } from './format-hours';
import { collator, numberFormat } from '../ui/intl-cache';

type SortKey = 'name' | 'sessions' | 'hours';
interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

interface HoursSummaryTableProps {
  rows: readonly HoursSummaryRow[];
  caption: string;
}

/**
 * Hours per volunteer, sortable by name, sessions or hours, a page at a time, with the whole
 * period's total below.
 */
export function HoursSummaryTable({ rows, caption }: HoursSummaryTableProps) {
  const { t, i18n } = useTranslation();
  const locale = useDateLocale();
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'asc' });
  const nameOf = (row: HoursSummaryRow) => row.displayName ?? t('hours.erasedVolunteer');
  const names = collator(i18n.language, { sensitivity: 'base', numeric: true });
  const sessions = numberFormat(locale);
  const compare = (a: HoursSummaryRow, b: HoursSummaryRow) =>
    sort.key === 'name'
      ? // Erased volunteers stay together after the named ones, whatever the language calls them.
        Number(a.displayName === null) - Number(b.displayName === null) ||
        names.compare(nameOf(a), nameOf(b))
      : a[sort.key] - b[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const sorted = rows.toSorted((a, b) => sign * compare(a, b) || a.volunteerId - b.volunteerId);
  const { shown, pager } = usePagedRows(sorted, {
    label: t('listPages.hours'),
    listKey: `${sort.key} ${sort.direction}`,
  });
  const sortable = (key: SortKey, label: string) => (
    <SortableHeader
      direction={sort.key === key ? sort.direction : null}
      onSort={() =>
        setSort({
          key,
          direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc',
        })
      }
    >
      {label}
    </SortableHeader>
  );
  const totalSessions = rows.reduce((sum, row) => sum + row.sessions, 0);
  const totalHours = sumHours(rows.map((row) => row.hours));

  return (
    <>
      <table className="table table--stack hours-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {sortable('name', t('hours.columns.volunteer'))}
            {sortable('sessions', t('hours.columns.sessions'))}
            {sortable('hours', t('hours.columns.hours'))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.volunteerId}>
              <th scope="row">
                {row.displayName === null ? (
                  <span className="muted">{t('hours.erasedVolunteer')}</span>
                ) : (
                  <Link
                    to="/volunteers/$volunteerId"
                    params={{ volunteerId: String(row.volunteerId) }}
                  >
                    {row.displayName}
                  </Link>
                )}
              </th>
              <td className="numeric" data-label={t('hours.columns.sessions')}>
                {sessions.format(row.sessions)}
              </td>
              <td className="numeric" data-label={t('hours.columns.hours')}>
                {formatHours(row.hours, locale)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('hours.total')}</th>
            <td className="numeric" data-label={t('hours.columns.sessions')}>
              {sessions.format(totalSessions)}
            </td>
            <td className="numeric" data-label={t('hours.columns.hours')}>
              {formatHours(totalHours, locale)}
            </td>
          </tr>
        </tfoot>
      </table>
      {pager}
    </>
  );
}
