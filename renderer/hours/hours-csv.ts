import type { TFunction } from 'i18next';
import { writeCsv, type CsvColumn } from '../../shared/csv/write-csv';
import type { HoursSummaryRow, Period } from '../../shared/domain/hours';

/** The summary as CSV, headers in the UI language; an erased volunteer is named as such only. */
export function hoursSummaryCsv(rows: readonly HoursSummaryRow[], t: TFunction): string {
  const columns: CsvColumn<HoursSummaryRow>[] = [
    {
      header: t('hours.columns.volunteer'),
      value: (row) => row.displayName ?? t('hours.erasedVolunteer'),
    },
    { header: t('hours.columns.sessions'), value: (row) => row.sessions },
    { header: t('hours.columns.hours'), value: (row) => row.hours },
  ];
  return writeCsv(rows, columns);
}

export const hoursCsvFileName = (period: Period): string =>
  `circlekeeper-volunteer-hours-${period.from}-to-${period.to}.csv`;
