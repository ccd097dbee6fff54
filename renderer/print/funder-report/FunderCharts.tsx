import { useMemo } from 'react';
import type { FunderReportMonth } from '../../../shared/domain/funder-report';
import { usePrint } from '../print-context';
import { useFunderNumbers } from './funder-numbers';
import { MonthBarChart, type BarSeries } from './MonthBarChart';
import { dateTimeFormat } from '../../ui/intl-cache';

/** Short month names, with the year when the period runs over more than one ("Jan 26"). */
function useMonthLabel(months: readonly FunderReportMonth[]) {
  const { locale } = usePrint();
  const isMultiYear =
    months.length > 0 && months[0]!.month.slice(0, 4) !== months.at(-1)!.month.slice(0, 4);
  return useMemo(() => {
    const format = dateTimeFormat(locale, {
      month: 'short',
      ...(isMultiYear ? { year: '2-digit' } : {}),
      timeZone: 'UTC',
    });
    return (month: string) => format.format(new Date(`${month}-15T12:00:00Z`));
  }, [locale, isMultiYear]);
}

/** Attendance and newcomers, meetings held and cancelled, and volunteer hours, month by month. */
export function FunderCharts({ months }: { months: readonly FunderReportMonth[] }) {
  const { t } = usePrint();
  const { count, hours } = useFunderNumbers();
  const monthLabel = useMonthLabel(months);
  const keys = months.map((m) => m.month);
  const values = (pick: (m: FunderReportMonth) => number) => months.map(pick);
  const charts: {
    id: string;
    title: string;
    series: BarSeries[];
    format: (n: number) => string;
  }[] = [
    {
      id: 'funder-attendance',
      title: t('funderReport.charts.attendance'),
      series: [
        {
          label: t('funderReport.charts.attendanceSeries'),
          fill: 'hatch',
          values: values((m) => m.attendance),
        },
        {
          label: t('funderReport.charts.newcomersSeries'),
          fill: 'open',
          values: values((m) => m.newcomers),
        },
      ],
      format: count,
    },
    {
      id: 'funder-sessions',
      title: t('funderReport.charts.sessions'),
      series: [
        { label: t('funderReport.charts.held'), fill: 'hatch', values: values((m) => m.held) },
        {
          label: t('funderReport.charts.cancelled'),
          fill: 'open',
          values: values((m) => m.cancelled),
        },
      ],
      format: count,
    },
    {
      id: 'funder-hours',
      title: t('funderReport.charts.hours'),
      series: [
        {
          label: t('funderReport.charts.hoursSeries'),
          fill: 'dots',
          values: values((m) => m.hours),
        },
      ],
      format: hours,
    },
  ];
  return (
    <section className="funder-report__charts" aria-labelledby="funder-charts-heading">
      <h2 id="funder-charts-heading">{t('funderReport.charts.heading')}</h2>
      {charts.map((chart) => (
        <MonthBarChart
          key={chart.id}
          {...chart}
          description={t('funderReport.charts.seeTable', { title: chart.title })}
          months={keys}
          monthLabel={monthLabel}
        />
      ))}
    </section>
  );
}
