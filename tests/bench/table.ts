// The bench's one table (issue 13): what, p50, p95, ratio, goal, met/MISSED, and the same rows as
// JSON. Pure functions, so the goal logic and the formatting have their own unit test.
import type { Summary } from './stats';

/** A row's goal: a p95 time, or a ratio to a baseline measured in the same run. */
export type Goal = { p95BelowMs: number } | { ratioAtMost: number };

export interface BenchRow {
  what: string;
  runs: number;
  p50: number;
  p95: number;
  /** Against the row's baseline (plain SQLite, the direct core call), p50 over p50. */
  ratio: number | null;
  /** The baseline's own percentiles, when the row has one. */
  baseline: { p50: number; p95: number } | null;
  goal: Goal;
  isMet: boolean;
}

/** Optional extras a module may give a row beside the callback's required three. */
export interface RowExtras {
  ratio?: number;
  maxRatio?: number;
  baseline?: Summary;
}

/**
 * How every bench module reports (PERF-COMMON.md: keep this signature working). With
 * `maxRatio`, the goal is the ratio, and `goalMs` is not a goal.
 */
export type Report = (label: string, summary: Summary, goalMs: number, extras?: RowExtras) => void;

/** p50 over p50: the median holds up under a loaded machine better than the tail does. */
export function ratioOf(measured: Summary, baseline: Summary): number {
  return measured.p50 / baseline.p50;
}

export function isGoalMet(goal: Goal, summary: Summary, ratio: number | null): boolean {
  if ('p95BelowMs' in goal) return summary.p95 < goal.p95BelowMs;
  return ratio !== null && Number.isFinite(ratio) && ratio <= goal.ratioAtMost;
}

export function benchRow(
  what: string,
  summary: Summary,
  goalMs: number,
  extras: RowExtras = {},
): BenchRow {
  const ratio = extras.ratio ?? null;
  const goal: Goal =
    extras.maxRatio === undefined ? { p95BelowMs: goalMs } : { ratioAtMost: extras.maxRatio };
  return {
    what,
    runs: summary.runs,
    p50: summary.p50,
    p95: summary.p95,
    ratio,
    baseline: extras.baseline ? { p50: extras.baseline.p50, p95: extras.baseline.p95 } : null,
    goal,
    isMet: isGoalMet(goal, summary, ratio),
  };
}

export function formatGoal(goal: Goal): string {
  return 'p95BelowMs' in goal
    ? `p95 < ${goal.p95BelowMs} ms`
    : `ratio ≤ ${goal.ratioAtMost.toFixed(2)}×`;
}

const formatMs = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const formatRatio = (ratio: number | null) =>
  ratio === null || !Number.isFinite(ratio) ? '' : `${ratio.toFixed(2)}×`;

/** One line per row, columns padded to the widest cell, a rule under the header. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['what', 'p50', 'p95', 'ratio', 'goal', 'met'];
  const cells = rows.map((row) => [
    row.what,
    formatMs(row.p50),
    formatMs(row.p95),
    formatRatio(row.ratio),
    formatGoal(row.goal),
    row.isMet ? 'met' : 'MISSED',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length)),
  );
  // Names read left-aligned; numbers right-aligned, so their decimals line up.
  const line = (values: string[]) =>
    values
      .map((value, column) =>
        column === 0 || column >= 4
          ? value.padEnd(widths[column]!)
          : value.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...cells.map(line)].join('\n');
}

export interface BenchReport {
  date: string;
  size: string;
  /** What "cold" meant on this machine, and anything else a reader of the numbers needs. */
  notes: string[];
  missed: number;
  rows: BenchRow[];
}

export function benchReport(
  rows: readonly BenchRow[],
  meta: { date: Date; size: string; notes: string[] },
): BenchReport {
  return {
    date: meta.date.toISOString(),
    size: meta.size,
    notes: meta.notes,
    missed: rows.filter((row) => !row.isMet).length,
    rows: [...rows],
  };
}

/** `bench-<UTC date and time>.json`: one file per run, in the order they ran. */
export function reportFileName(date: Date): string {
  return `bench-${date.toISOString().slice(0, 19).replaceAll(':', '-')}.json`;
}

/** Non-zero when any goal is missed, so a script or CI sees it. */
export function exitCodeFor(rows: readonly BenchRow[]): 0 | 1 {
  return rows.every((row) => row.isMet) ? 0 : 1;
}
