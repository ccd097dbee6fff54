import type { FunderReportMonth } from '../../../shared/domain/funder-report';
import { usePrint } from '../print-context';
import { useFunderNumbers } from './funder-numbers';

/** The charts' figures, month by month: what a screen reader reads, and the exact numbers. */
export function MonthTable({ months }: { months: readonly FunderReportMonth[] }) {
  const { t } = usePrint();
  const { count, hours, month } = useFunderNumbers();
  return (
    <section className="funder-report__months" aria-labelledby="funder-months-heading">
      <h2 id="funder-months-heading">{t('funderReport.months.heading')}</h2>
      <table className="funder-table funder-table--small">
        <thead>
          <tr>
            <th scope="col">{t('funderReport.months.month')}</th>
            <th scope="col" className="funder-table__number">
              {t('funderReport.charts.held')}
            </th>
            <th scope="col" className="funder-table__number">
              {t('funderReport.charts.cancelled')}
            </th>
            <th scope="col" className="funder-table__number">
              {t('funderReport.charts.attendanceSeries')}
            </th>
            <th scope="col" className="funder-table__number">
              {t('funderReport.charts.newcomersSeries')}
            </th>
            <th scope="col" className="funder-table__number">
              {t('funderReport.charts.hoursSeries')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{month(m.month)}</th>
              <td className="funder-table__number">{count(m.held)}</td>
              <td className="funder-table__number">{count(m.cancelled)}</td>
              <td className="funder-table__number">{count(m.attendance)}</td>
              <td className="funder-table__number">{count(m.newcomers)}</td>
              <td className="funder-table__number">{hours(m.hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
