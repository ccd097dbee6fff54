import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/use-translation';
import { useQuery } from '@tanstack/react-query';
import { funderReportInputSchema } from '../../../shared/domain/funder-report';
import { localToday } from '../../ui/format';
import { useFunderPeriod } from './funder-period';
import { funderPeriodOf, funderReportQuery } from './funder-queries';

/**
 * The report for the period in the address. Kept under the sessions' key, so recording or
 * cancelling a meeting refreshes it; not asked for when the dates cannot make a report.
 */
export function useFunderReport() {
  const period = useFunderPeriod();
  const check = funderReportInputSchema.safeParse(period);
  const query = useQuery({ ...funderReportQuery(period), enabled: check.success });
  const problem = check.success ? null : (check.error.issues[0]?.message ?? 'validation.invalid');
  return { period, problem, query };
}

const printRoute = getRouteApi('/print/$printable');

/**
 * "Funder report 2025-01-01 – 2025-12-31": the PDF's name says which period it covers. The print
 * screen asks for it outside the printout's context, so it reads the address itself.
 */
export function useFunderReportFileTitle(): string {
  const { t } = useTranslation();
  const search = printRoute.useSearch();
  const { from, to } = funderPeriodOf(search, localToday());
  return `${t('print.printables.funder-report.title')} ${from} – ${to}`;
}
