import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { organisationQuery } from '../../app/organisation-query';
import { ErrorAlert } from '../../ui/Alert';
import { EmptyState } from '../../ui/EmptyState';
import { PrintSheet } from '../PrintDocument';
import { PrintQueryStatus } from '../PrintQueryStatus';
import { FunderCharts } from './FunderCharts';
import { FunderCover } from './FunderCover';
import { GroupTable } from './GroupTable';
import { HeadlineFigures } from './HeadlineFigures';
import { MonthTable } from './MonthTable';
import { useFunderReport } from './use-funder-report';

/**
 * The funder report: a cover with the period, the headline figures, month-by-month charts, the
 * groups' table, and the charts' figures as a table at the end (for screen readers, and for
 * anyone who wants the exact numbers). One sheet whose content flows over as many pages as needed.
 */
export function FunderReportDocument() {
  const { t } = useTranslation();
  const { problem, query } = useFunderReport();
  const organisation = useQuery(organisationQuery);
  if (problem !== null) {
    return (
      <div className="screen-only">
        <ErrorAlert>{t(problem)}</ErrorAlert>
      </div>
    );
  }
  const error = query.error ?? organisation.error;
  if (!query.data || !organisation.data) {
    return (
      <PrintQueryStatus
        isPending={query.isPending || organisation.isPending}
        error={error}
        onRetry={() => void Promise.all([query.refetch(), organisation.refetch()])}
      />
    );
  }
  const report = query.data;
  const isEmpty = report.groups.length === 0;
  return (
    <>
      {isEmpty && (
        <div className="screen-only">
          <EmptyState title={t('funderReport.empty.title')}>
            {t('funderReport.empty.text')}
          </EmptyState>
        </div>
      )}
      <PrintSheet className="funder-report">
        <FunderCover organisation={organisation.data} report={report} />
        <HeadlineFigures totals={report.totals} />
        <FunderCharts months={report.months} />
        <GroupTable groups={report.groups} totals={report.totals} />
        <MonthTable months={report.months} />
      </PrintSheet>
    </>
  );
}
