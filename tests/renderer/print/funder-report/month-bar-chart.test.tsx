import { PrintContext, type PrintContextValue } from '../../../../renderer/print/print-context';
import { MonthBarChart } from '../../../../renderer/print/funder-report/MonthBarChart';
import { renderWithProviders } from '../../support/render';

/** Months "2025-01" on, `count` of them. */
const monthsFrom = (year: number, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const month = new Date(Date.UTC(year, index, 1));
    return month.toISOString().slice(0, 7);
  });

const SHORT = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const label = (month: string) => SHORT.format(new Date(`${month}-15T12:00:00Z`));

/** The chart as the funder report draws it, with its axis labels and each month's bars. */
function drawChart(months: string[]) {
  const value = { isLargePrint: false } as PrintContextValue;
  const { container } = renderWithProviders(
    <PrintContext.Provider value={value}>
      <MonthBarChart
        id="test-chart"
        title="Meetings"
        description="See the table"
        months={months}
        monthLabel={label}
        series={[
          { label: 'Held', fill: 'hatch', values: months.map((_, index) => 10 + index) },
          { label: 'Cancelled', fill: 'open', values: months.map(() => 2) },
        ]}
        format={String}
      />
    </PrintContext.Provider>,
  );
  const ticks = [...container.querySelectorAll('.funder-chart__axis text')].map((text) => ({
    name: text.textContent,
    x: Number(text.getAttribute('x')),
  }));
  return { container, ticks };
}

/** Where a month's bars start and end across the chart (its group's offset plus its bars). */
function barsSpan(container: HTMLElement, monthIndex: number) {
  const groups = container.querySelectorAll('svg > g:last-of-type > g[transform]');
  const group = groups[monthIndex]!;
  const left = Number(/translate\(([\d.]+)/.exec(group.getAttribute('transform')!)![1]);
  const bars = [...group.querySelectorAll('rect')].map((bar) => ({
    x: Number(bar.getAttribute('x')),
    width: Number(bar.getAttribute('width')),
  }));
  return { start: left + bars[0]!.x, end: left + bars.at(-1)!.x + bars.at(-1)!.width };
}

describe('the funder report’s month chart', () => {
  const measure = jest.fn(() => 20);
  beforeAll(() => {
    Object.assign(SVGElement.prototype, { getComputedTextLength: measure });
  });
  afterAll(() => {
    delete (SVGElement.prototype as { getComputedTextLength?: unknown }).getComputedTextLength;
  });
  beforeEach(() => measure.mockClear());

  it('names every month of a year under the middle of its bars, measuring no text', () => {
    const { container, ticks } = drawChart(monthsFrom(2025, 12));
    expect(ticks.map((tick) => tick.name)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
      'Nov',
      'Dec',
    ]);
    for (const [index, tick] of ticks.entries()) {
      const { start, end } = barsSpan(container, index);
      expect(tick.x).toBeCloseTo((start + end) / 2, 6);
    }
    expect(container.querySelectorAll('.funder-chart__axis line')).toHaveLength(13);
    expect(measure).not.toHaveBeenCalled();
  });

  it('names only every few months of a long period, from the first', () => {
    const months = monthsFrom(2024, 36);
    const { ticks } = drawChart(months);
    expect(ticks.length).toBeLessThan(months.length);
    expect(ticks[0]!.name).toBe('Jan');
    const step = months.length / ticks.length;
    expect(ticks.map((tick) => tick.name)).toEqual(
      months.filter((_, index) => index % Math.ceil(step) === 0).map(label),
    );
  });
});
