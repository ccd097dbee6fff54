import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { sumHours } from '../../shared/domain/hours';
import { useDateLocale } from '../i18n/date-locale';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CSV_MIME_TYPE, saveTextFile } from '../ui/download-file';
import { EmptyState } from '../ui/EmptyState';
import { formatCivilDate } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { formatHours } from './format-hours';
import { hoursCsvFileName, hoursSummaryCsv } from './hours-csv';
import { hoursSummaryQuery } from './hours-queries';
import { HoursSummaryTable } from './HoursSummaryTable';
import { PeriodPicker } from './PeriodPicker';
import { useHoursPeriod } from './use-hours-period';

/** #/hours: every volunteer's hours for a period, for funders, with a CSV export. */
export function HoursScreen() {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const periodState = useHoursPeriod();
  const { period } = periodState;
  const summary = useQuery(hoursSummaryQuery(period));
  const rows = period ? summary.data : undefined;
  // The desktop app saves through a dialog and says how it went; a browser shows its download.
  const [saved, setSaved] = useState<'saved' | 'failed' | null>(null);
  const exportCsv = async () => {
    if (!period || !rows) return;
    setSaved(null);
    const outcome = await saveTextFile(
      hoursCsvFileName(period),
      hoursSummaryCsv(rows, t),
      CSV_MIME_TYPE,
    );
    if (outcome === 'saved' || outcome === 'failed') setSaved(outcome);
  };

  return (
    <>
      <PageHeader
        title={t('hours.title')}
        intro={t('hours.intro')}
        actions={
          <Button
            variant="primary"
            onPress={() => void exportCsv()}
            isDisabled={!rows || rows.length === 0}
            aria-describedby="hours-export-hint"
          >
            {t('hours.exportCsv')}
          </Button>
        }
      />
      <p id="hours-export-hint" className="visually-hidden">
        {t('hours.exportHint')}
      </p>
      {saved === 'saved' && <StatusNote>{t('desktop.fileSaved')}</StatusNote>}
      {saved === 'failed' && <ErrorAlert>{t('desktop.fileFailed')}</ErrorAlert>}
      <PeriodPicker state={periodState} />
      {period && (
        <QueryStatus
          isPending={summary.isPending}
          error={summary.error}
          onRetry={() => void summary.refetch()}
        />
      )}
      {period && rows?.length === 0 && (
        <EmptyState title={t('hours.emptyTitle')}>{t('hours.emptyText')}</EmptyState>
      )}
      {period && rows && rows.length > 0 && (
        <>
          <p className="hours-total" aria-live="polite">
            {t('hours.summaryTotal', {
              hours: formatHours(sumHours(rows.map((row) => row.hours)), locale),
              count: rows.length,
            })}
          </p>
          <HoursSummaryTable
            rows={rows}
            caption={t('hours.summaryCaption', {
              from: formatCivilDate(period.from, locale),
              to: formatCivilDate(period.to, locale),
            })}
          />
        </>
      )}
    </>
  );
}
