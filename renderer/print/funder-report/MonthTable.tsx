import type { FunderReportMonth } from '../../../shared/domain/funder-report';
import { usePrint } from '../print-context';
import { useFunderNumbers } from './funder-numbers';
import { NumberCells, NumberHeaders } from './NumberColumns';

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
            <NumberHeaders
              labels={[
                t('funderReport.charts.held'),
                t('funderReport.charts.cancelled'),
                t('funderReport.charts.attendanceSeries'),
                t('funderReport.charts.newcomersSeries'),
                t('funderReport.charts.hoursSeries'),
              ]}
            />
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{month(m.month)}</th>
              <NumberCells
                values={[
                  count(m.held),
                  count(m.cancelled),
                  count(m.attendance),
                  count(m.newcomers),
                  hours(m.hours),
                ]}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
