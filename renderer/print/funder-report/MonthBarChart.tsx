import { Group } from '@visx/group';
import { PatternCircles, PatternLines } from '@visx/pattern';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { usePrint } from '../print-context';
import { MonthAxis } from './MonthAxis';

/** How a series is drawn: it reads in black and white by its fill, never by a colour. */
export type BarFill = 'hatch' | 'open' | 'dots';

export interface BarSeries {
  label: string;
  fill: BarFill;
  values: readonly number[];
}

interface MonthBarChartProps {
  /** Unique in the page: the patterns' ids start with it. */
  id: string;
  title: string;
  /** What a screen reader hears instead of the drawing (the table holds the figures). */
  description: string;
  months: readonly string[];
  monthLabel: (month: string) => string;
  series: readonly BarSeries[];
  format: (value: number) => string;
}

const INK = '#000';
const HEIGHT = 150;
const FONT = 9;
const LEGEND_ROW = 18;
const BOTTOM = 22;
/** Room at both ends for the first and last month's name, centred under its bars. */
const SIDE = 18;
/** Roughly how wide a digit is, against the font size, to decide whether labels fit flat. */
const CHAR_WIDTH = 0.6;

/**
 * Months along the bottom, one bar per series in each month, every bar outlined and filled with
 * a hatch, dots or nothing, and its value written on it: a static SVG (visx) that reads the same
 * in black and white, with a key drawn in the same fills. Where the bars are too narrow for a
 * flat number (long periods), the numbers stand upright.
 */
export function MonthBarChart(props: MonthBarChartProps) {
  const { id, title, description, months, monthLabel, series, format } = props;
  const { isLargePrint } = usePrint();
  // A narrower drawing scaled to the same page width: everything in it prints larger.
  const width = isLargePrint ? 480 : 680;
  const labels = series.map((s) => s.values.map(format));
  const longestLabel = Math.max(1, ...labels.flat().map((label) => label.length));
  const month = scaleBand<string>({
    domain: [...months],
    range: [SIDE, width - SIDE],
    padding: 0.2,
  });
  const bar = scaleBand<number>({
    domain: series.map((_, index) => index),
    range: [0, month.bandwidth()],
    padding: 0.08,
  });
  const isUpright = bar.bandwidth() < longestLabel * FONT * CHAR_WIDTH + 2;
  const labelRoom = isUpright ? longestLabel * FONT * CHAR_WIDTH + 6 : FONT + 4;
  const top = LEGEND_ROW + labelRoom;
  const highest = Math.max(1, ...series.flatMap((s) => s.values));
  const y = scaleLinear<number>({ domain: [0, highest], range: [HEIGHT, 0] });
  const monthLabelWidth = Math.max(...months.map((m) => monthLabel(m).length)) * FONT * 0.55;
  const everyNth = Math.max(1, Math.ceil(monthLabelWidth / month.step()));
  const fillOf = (fill: BarFill) => (fill === 'open' ? '#fff' : `url(#${id}-${fill})`);
  return (
    <figure className="funder-chart">
      <figcaption className="funder-chart__title">{title}</figcaption>
      <svg
        className="funder-chart__svg"
        role="img"
        aria-label={description}
        viewBox={`0 0 ${width} ${top + HEIGHT + BOTTOM}`}
      >
        <PatternLines
          id={`${id}-hatch`}
          height={5}
          width={5}
          stroke={INK}
          strokeWidth={0.8}
          orientation={['diagonal']}
        />
        <PatternCircles id={`${id}-dots`} height={6} width={6} radius={0.9} fill={INK} />
        <Group top={2}>
          {series.map((s, index) => (
            <Group key={s.label} left={index * 170}>
              <rect x={0} y={2} width={18} height={10} fill={fillOf(s.fill)} stroke={INK} />
              <text x={24} y={11} fontSize={FONT + 1} fill={INK}>
                {s.label}
              </text>
            </Group>
          ))}
        </Group>
        <Group top={top}>
          {months.map((m, monthIndex) => (
            <Group key={m} left={month(m) ?? 0}>
              {series.map((s, index) => {
                const value = s.values[monthIndex] ?? 0;
                const x = bar(index) ?? 0;
                const barTop = y(value);
                const centre = x + bar.bandwidth() / 2;
                return (
                  <g key={s.label}>
                    {value > 0 && (
                      <Bar
                        x={x}
                        y={barTop}
                        width={bar.bandwidth()}
                        height={HEIGHT - barTop}
                        fill={fillOf(s.fill)}
                        stroke={INK}
                        strokeWidth={1}
                      />
                    )}
                    {/* Upright labels crowd a long period: its zeros are left to the table. */}
                    {(value > 0 || !isUpright) && (
                      <text
                        fontSize={FONT}
                        fill={INK}
                        textAnchor={isUpright ? 'start' : 'middle'}
                        transform={
                          isUpright
                            ? `translate(${centre + FONT / 3} ${barTop - 3}) rotate(-90)`
                            : `translate(${centre} ${barTop - 3})`
                        }
                      >
                        {labels[index]?.[monthIndex]}
                      </text>
                    )}
                  </g>
                );
              })}
            </Group>
          ))}
          <MonthAxis
            top={HEIGHT}
            months={month}
            ticks={months.filter((_, index) => index % everyNth === 0)}
            label={monthLabel}
            fontSize={FONT}
            ink={INK}
          />
        </Group>
      </svg>
    </figure>
  );
}
