import {
  benchReport,
  benchRow,
  exitCodeFor,
  formatGoal,
  formatTable,
  isGoalMet,
  ratioOf,
  reportFileName,
} from './table';
import type { Summary } from './stats';

const summary = (p50: number, p95: number): Summary => ({ runs: 40, p50, p95, max: p95 + 1 });

describe('bench table', () => {
  it('meets a time goal only when p95 is below it', () => {
    expect(benchRow('listGroups', summary(3, 29.9), 30).isMet).toBe(true);
    expect(benchRow('listGroups', summary(3, 30), 30).isMet).toBe(false);
    expect(benchRow('listGroups', summary(3, 31), 30).goal).toEqual({ p95BelowMs: 30 });
  });

  it('judges a row with a ratio goal by the ratio, not by its time', () => {
    const slowButClose = benchRow('cipher cold: x', summary(500, 900), 30, {
      ratio: 1.1,
      maxRatio: 1.1,
    });
    expect(slowButClose.goal).toEqual({ ratioAtMost: 1.1 });
    expect(slowButClose.isMet).toBe(true);
    const fastButFar = benchRow('cipher cold: y', summary(1, 2), 30, {
      ratio: 1.11,
      maxRatio: 1.1,
    });
    expect(fastButFar.isMet).toBe(false);
  });

  it('never meets a ratio goal without a usable ratio', () => {
    expect(isGoalMet({ ratioAtMost: 1.1 }, summary(1, 1), null)).toBe(false);
    expect(isGoalMet({ ratioAtMost: 1.1 }, summary(1, 1), Number.NaN)).toBe(false);
    expect(isGoalMet({ ratioAtMost: 1.1 }, summary(1, 1), Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('takes a ratio as p50 over p50', () => {
    expect(ratioOf(summary(12, 100), summary(10, 11))).toBeCloseTo(1.2);
  });

  it('keeps a ratio that is only information next to a time goal', () => {
    const row = benchRow('HTTP: listGroups', summary(5, 12), 30, {
      ratio: 4,
      baseline: summary(1.25, 3),
    });
    expect(row).toMatchObject({
      ratio: 4,
      baseline: { p50: 1.25, p95: 3 },
      goal: { p95BelowMs: 30 },
      isMet: true,
    });
  });

  it('prints one aligned line per row under a header, and says which goals were missed', () => {
    const text = formatTable([
      benchRow('cipher warm: listGroups', summary(0.52, 10.06), 30, {
        ratio: 1.014,
        maxRatio: 1.1,
      }),
      benchRow('HTTP: a group’s sessions (a year)', summary(13.94, 45.8), 30),
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^what\s+p50\s+p95\s+ratio\s+goal\s+met$/);
    expect(lines[1]).toMatch(/^-+( +-+){5}$/);
    expect(lines[2]).toMatch(
      /^cipher warm: listGroups\s+0\.5 ms\s+10\.1 ms\s+1\.01×\s+ratio ≤ 1\.10×\s+met$/,
    );
    expect(lines[3]).toMatch(
      /^HTTP: a group’s sessions \(a year\)\s+13\.9 ms\s+45\.8 ms\s+p95 < 30 ms\s+MISSED$/,
    );
    // Right-aligned numbers: the p95 column ends at the same place on every line.
    const p95End = (line: string, value: string) => line.indexOf(value) + value.length;
    expect(p95End(lines[2]!, '10.1 ms')).toBe(p95End(lines[3]!, '45.8 ms'));
  });

  it('formats both kinds of goal', () => {
    expect(formatGoal({ p95BelowMs: 30 })).toBe('p95 < 30 ms');
    expect(formatGoal({ ratioAtMost: 1.1 })).toBe('ratio ≤ 1.10×');
  });

  it('writes the rows, the count missed and the notes as JSON, and exits non-zero on a miss', () => {
    const met = benchRow('listLocations', summary(1, 2), 30);
    const missed = benchRow('getDashboard', summary(40, 60), 30);
    const date = new Date('2026-12-02T02:35:05.123Z');
    const report = benchReport([met, missed], { date, size: 'large', notes: ['cold: reopened'] });
    expect(JSON.parse(JSON.stringify(report))).toEqual({
      date: '2026-12-02T02:35:05.123Z',
      size: 'large',
      notes: ['cold: reopened'],
      missed: 1,
      rows: [
        {
          what: 'listLocations',
          runs: 40,
          p50: 1,
          p95: 2,
          ratio: null,
          baseline: null,
          goal: { p95BelowMs: 30 },
          isMet: true,
        },
        {
          what: 'getDashboard',
          runs: 40,
          p50: 40,
          p95: 60,
          ratio: null,
          baseline: null,
          goal: { p95BelowMs: 30 },
          isMet: false,
        },
      ],
    });
    expect(exitCodeFor([met, missed])).toBe(1);
    expect(exitCodeFor([met])).toBe(0);
    expect(reportFileName(date)).toBe('bench-2026-12-02T02-35-05.json');
  });
});
