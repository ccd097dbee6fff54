/** What the axis needs of the chart's band scale of months. */
interface MonthBands {
  (month: string): number | undefined;
  bandwidth(): number;
  range(): [number, number];
}

interface MonthAxisProps {
  /** Where the axis line runs, below the bars. */
  top: number;
  months: MonthBands;
  /** The months that get a tick and a name (all of them, or every nth on a long period). */
  ticks: readonly string[];
  label: (month: string) => string;
  fontSize: number;
  ink: string;
}

const TICK_LENGTH = 3;
/** The name's baseline below the line: the tick, then a line of at least 10 px, as visx sets. */
const LABEL_DROP = TICK_LENGTH + 10;

/**
 * The months' axis under a chart: a line, a short tick under each named month's bars and the
 * month's name centred under it. Drawn as static SVG elements with nothing to measure: no label
 * wraps, so the browser never has to lay text out while the chart is built (visx's axis measured
 * every label's width, a forced layout each).
 */
export function MonthAxis({ top, months, ticks, label, fontSize, ink }: MonthAxisProps) {
  const [start, end] = months.range();
  const centre = months.bandwidth() / 2;
  return (
    <g className="funder-chart__axis" transform={`translate(0, ${top})`}>
      {ticks.map((month) => {
        const x = (months(month) ?? 0) + centre;
        return (
          <g key={month}>
            <line
              x1={x}
              y1={0}
              x2={x}
              y2={TICK_LENGTH}
              stroke={ink}
              strokeWidth={1}
              strokeLinecap="square"
              shapeRendering="crispEdges"
            />
            <text
              x={x}
              y={LABEL_DROP}
              dy="0.25em"
              fill={ink}
              fontFamily="Arial"
              fontSize={fontSize}
              textAnchor="middle"
            >
              {label(month)}
            </text>
          </g>
        );
      })}
      <line
        x1={start + 0.5}
        y1={0}
        x2={end + 0.5}
        y2={0}
        stroke={ink}
        strokeWidth={1}
        shapeRendering="crispEdges"
      />
    </g>
  );
}
