import { useTranslation } from '../i18n/use-translation';
import type { AttendanceWeek } from '../../shared/domain/session-dashboard';
import { numberFormat } from '../ui/intl-cache';

interface AttendanceChartProps {
  weeks: readonly AttendanceWeek[];
  /** What the chart says, in one sentence, for screen readers (the table holds the figures). */
  label: string;
  weekLabel: (date: string) => string;
}

const BAR = 40;
const GAP = 16;
const HEIGHT = 160;
const TOP = 20;
const BOTTOM = 36;

/**
 * Headcount per week as outlined, hatched bars with the newcomers as a solid black part and
 * each number written above: a static SVG that prints and reads in black and white.
 */
export function AttendanceChart({ weeks, label, weekLabel }: AttendanceChartProps) {
  const { t, i18n } = useTranslation();
  const number = numberFormat(i18n.language);
  const highest = Math.max(1, ...weeks.map((week) => week.headcount));
  const scale = (value: number) => (value / highest) * HEIGHT;
  const width = weeks.length * (BAR + GAP) + GAP;
  return (
    <figure className="attendance-chart">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${TOP + HEIGHT + BOTTOM}`}
        className="attendance-chart__svg"
      >
        <defs>
          <pattern id="attendance-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
            <path d="M0 6 L6 0" stroke="#1a1a1a" strokeWidth="1" />
          </pattern>
        </defs>
        <line
          x1={0}
          x2={width}
          y1={TOP + HEIGHT}
          y2={TOP + HEIGHT}
          stroke="#1a1a1a"
          strokeWidth={1.5}
        />
        {weeks.map((week, index) => {
          const x = GAP + index * (BAR + GAP);
          const barHeight = scale(week.headcount);
          const newcomerHeight = scale(week.newcomers);
          return (
            <g key={week.weekStart}>
              {week.headcount > 0 && (
                <rect
                  x={x}
                  y={TOP + HEIGHT - barHeight}
                  width={BAR}
                  height={barHeight}
                  fill="url(#attendance-hatch)"
                  stroke="#1a1a1a"
                  strokeWidth={1.5}
                />
              )}
              {week.newcomers > 0 && (
                <rect
                  x={x}
                  y={TOP + HEIGHT - newcomerHeight}
                  width={BAR}
                  height={newcomerHeight}
                  fill="#1a1a1a"
                />
              )}
              <text
                x={x + BAR / 2}
                y={TOP + HEIGHT - barHeight - 5}
                textAnchor="middle"
                className="attendance-chart__value"
              >
                {number.format(week.headcount)}
              </text>
              <text
                x={x + BAR / 2}
                y={TOP + HEIGHT + 22}
                textAnchor="middle"
                className="attendance-chart__week"
              >
                {weekLabel(week.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="attendance-chart__key">
        <span
          className="attendance-chart__swatch attendance-chart__swatch--headcount"
          aria-hidden="true"
        />{' '}
        {t('calendar.trend.headcount')}{' '}
        <span
          className="attendance-chart__swatch attendance-chart__swatch--newcomers"
          aria-hidden="true"
        />{' '}
        {t('calendar.trend.newcomersOfThem')}
      </figcaption>
    </figure>
  );
}
