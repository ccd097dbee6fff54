// `npm run bench -- --scale`: the same read workload on the demo centre at 1×, 4× and 16×
// (16× the large one ≈ 2.4 million sessions), to show how each query's cost grows with the
// data. The bigger centres are cloned from the cached one inside its encrypted database
// (scale-clone.ts) and cached beside it. A query whose cost grows much faster than what it
// returns (a missing index, a query per row, a full scan under a filter) is flagged.
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Core } from '../../main/core/core';
import type { DemoSize } from '../../main/demo/generate';
import type { MethodName } from '../../shared/api/contract';
import { addDays, todayIn } from '../../shared/domain/civil-dates';
import { defaultFunderPeriod } from '../../shared/domain/funder-report';
import { COVERAGE_DAYS } from '../../shared/domain/session-cover';
import { makeTempDir } from '../support/temp-core';
import { withRawVaultDatabase } from '../support/raw-database';
import {
  BENCH_ACCOUNT,
  BENCH_TIME_ZONE,
  CACHE_DIR,
  cacheKey,
  type BenchCentre,
  describeCentre,
  openBenchCentre,
} from './demo-cache';
import { cloneCentre } from './scale-clone';
import { ms, summarize, type Summary } from './stats';
import { databaseSize } from './sessions';

export const SCALE_FACTORS = [1, 4, 16] as const;
const RUNS = 20;
/** Cost may grow this much faster than the rows a query returns before it is flagged. */
const SLACK = 2;

interface ScaleQuery {
  label: string;
  method: MethodName;
  input: unknown;
  /** How many rows the answer holds (or, for a count, how many rows it counts). */
  rows(output: unknown, call: CoreCall): number | Promise<number>;
}

type CoreCall = (method: MethodName, input: unknown) => Promise<unknown>;

const lengthOf = (output: unknown) => (output as unknown[]).length;
const sessionsCounted = (output: unknown) =>
  (output as { total: number }[]).reduce((sum, day) => sum + day.total, 0);

/** A session of tomorrow's evening, when most groups meet: its conflicts are worked out alone. */
interface BusySession {
  id: number;
  localDate: string;
  startsAt: string;
  endsAt: string;
}

function workload(today: string, groupId: number, session: BusySession): ScaleQuery[] {
  const monthStart = `${today.slice(0, 7)}-01`;
  const monthEnd = addDays(`${addDays(monthStart, 31).slice(0, 7)}-01`, -1);
  const total = (output: unknown) => (output as { total: number }).total;
  return [
    { label: 'groups list', method: 'listGroups', input: {}, rows: lengthOf },
    { label: 'volunteers list, first page', method: 'listVolunteers', input: {}, rows: total },
    {
      label: 'volunteers search "gar"',
      method: 'listVolunteers',
      input: { search: 'gar' },
      rows: total,
    },
    {
      label: 'calendar month (all groups)',
      method: 'listSessions',
      input: { from: monthStart, to: monthEnd },
      rows: lengthOf,
    },
    {
      label: 'calendar month, days (staff)',
      method: 'listCalendarDays',
      input: { from: monthStart, to: monthEnd, perDay: 2 },
      // Each day's first two, but each day's count counts all its sessions.
      rows: sessionsCounted,
    },
    {
      label: 'agenda page (four weeks)',
      method: 'listSessionPage',
      input: { from: today, to: addDays(today, 27), offset: 0, limit: 50 },
      rows: total,
    },
    {
      label: 'dashboard: this week',
      method: 'listCalendarDays',
      input: { from: today, to: addDays(today, 6), perDay: 8 },
      rows: sessionsCounted,
    },
    {
      label: 'dashboard: getDashboard',
      method: 'getDashboard',
      input: {},
      rows: (output) =>
        Object.values((output as { groupsByStatus: Record<string, number> }).groupsByStatus).reduce(
          (a, b) => a + b,
          0,
        ),
    },
    {
      label: 'dashboard: sessions today',
      method: 'listSessions',
      input: { from: today, to: today },
      rows: lengthOf,
    },
    {
      label: 'dashboard: coverage gaps',
      method: 'listCoverageGaps',
      input: {},
      // Mostly none: what it weighs is every session of the coming fortnight.
      rows: async (_output, call) =>
        lengthOf(
          await call('listSessions', { from: today, to: addDays(today, COVERAGE_DAYS - 1) }),
        ),
    },
    {
      label: 'dashboard: cover conflicts',
      method: 'listCoverConflicts',
      input: {},
      // The soonest 100 are sent; what it weighs is every session of the coming fortnight.
      rows: async (_output, call) =>
        lengthOf(
          await call('listSessions', { from: today, to: addDays(today, COVERAGE_DAYS - 1) }),
        ),
    },
    {
      label: "a session's cover conflicts",
      method: 'listCoverConflicts',
      input: { sessionId: session.id },
      // Few or none: what it weighs is the sessions at the same time as this one.
      rows: async (_output, call) =>
        (
          (await call('listSessions', { from: session.localDate, to: session.localDate })) as {
            startsAt: string;
            endsAt: string;
          }[]
        ).filter((s) => s.startsAt < session.endsAt && session.startsAt < s.endsAt).length,
    },
    {
      label: 'dashboard: attendance trend',
      method: 'getAttendanceTrend',
      input: {},
      // Sums over the weeks: what it counts is the sessions held in them.
      rows: (output) =>
        (output as { sessionsHeld: number }[]).reduce((sum, week) => sum + week.sessionsHeld, 0),
    },
    {
      label: "one group's sessions (a year)",
      method: 'listSessions',
      input: { groupId, from: addDays(today, -180), to: addDays(today, 182) },
      rows: lengthOf,
    },
    { label: '"needs a record" list', method: 'listNeedsRecord', input: {}, rows: lengthOf },
    {
      label: 'funder report (a year)',
      method: 'getFunderReport',
      input: { from: addDays(today, -364), to: today },
      rows: (output) => (output as { groups: unknown[] }).groups.length,
    },
    {
      // The screen's own period: whole months, read from the month tables (migration 0013).
      label: 'funder report (last calendar year)',
      method: 'getFunderReport',
      input: defaultFunderPeriod(today),
      rows: (output) => (output as { groups: unknown[] }).groups.length,
    },
  ];
}

interface Measured {
  rows: number;
  summary: Summary;
}

/**
 * A copy of the centre at `factor`: from the cache when it was cloned from this very 1× centre
 * (the demo data is laid out around the day it was built), cloned from `base` otherwise.
 */
async function scaledDataDir(size: DemoSize, base: BenchCentre, factor: number): Promise<string> {
  const cache = path.join(CACHE_DIR, `scale-${cacheKey(size)}-x${factor}`);
  const summaryFile = path.join(cache, 'summary.json');
  const isCurrent =
    existsSync(summaryFile) &&
    (JSON.parse(readFileSync(summaryFile, 'utf8')) as { baseBuiltAt: string }).baseBuiltAt ===
      base.summary.builtAt;
  if (!isCurrent) {
    for (const name of readdirSync(CACHE_DIR)) {
      if (name.startsWith('scale-') && name.endsWith(`-x${factor}`)) {
        rmSync(path.join(CACHE_DIR, name), { recursive: true, force: true });
      }
    }
    const building = `${cache}.building-${process.pid}`;
    const start = performance.now();
    cpSync(base.dataDir, path.join(building, 'data'), { recursive: true });
    const counts = await withRawVaultDatabase(path.join(building, 'data'), BENCH_ACCOUNT, (db) =>
      cloneCentre(db, factor),
    );
    const seconds = Math.round((performance.now() - start) / 1000);
    const summary = { factor, baseBuiltAt: base.summary.builtAt, counts };
    writeFileSync(path.join(building, 'summary.json'), JSON.stringify(summary));
    renameSync(building, cache);
    console.log(`Cloned the centre ×${factor} in ${seconds} s: ${JSON.stringify(counts)}`);
  }
  const dataDir = makeTempDir(`ck-bench-x${factor}-`);
  cpSync(path.join(cache, 'data'), dataDir, { recursive: true });
  return dataDir;
}

async function measure(dataDir: string, factor: number): Promise<Map<string, Measured>> {
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  const results = new Map<string, Measured>();
  try {
    const start = performance.now();
    const signedIn = await core.call('logIn', BENCH_ACCOUNT);
    if (!signedIn.ok) throw new Error(`logIn failed: ${signedIn.error.code}`);
    const unlockMs = performance.now() - start;
    const sessions = core.vault.store.countRows().group_session;
    console.log(
      `×${factor}: ${sessions} sessions, database ${databaseSize(dataDir)}, first unlock ${ms(unlockMs)}`,
    );
    const groups = await core.call('listGroups', { status: 'active' });
    const [group] = groups.ok ? (groups.value as { id: number }[]) : [];
    if (!group) throw new Error('no active group');
    const coreCall: CoreCall = async (method, input) => {
      const result = await core.call(method, input as never);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
      return result.value;
    };
    const today = todayIn(BENCH_TIME_ZONE);
    const tomorrow = (await coreCall('listSessions', {
      from: addDays(today, 1),
      to: addDays(today, 1),
    })) as (BusySession & { status: string })[];
    // The clones copy each session's time: the same session of the 1× centre in every run.
    const session = tomorrow.filter((s) => s.status === 'scheduled').at(-1);
    if (!session) throw new Error('no session tomorrow');
    for (const query of workload(today, group.id, session)) {
      const call = () => coreCall(query.method, query.input);
      const rows = await query.rows(await call(), coreCall);
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const began = performance.now();
        await call();
        samples.push(performance.now() - began);
      }
      const summary = summarize(samples);
      results.set(query.label, { rows, summary });
      // As it goes: a 16× run takes many minutes, and an interrupted one still tells something.
      console.log(`  ×${factor} ${query.label}: ${rows} rows, p50 ${ms(summary.p50)}`);
    }
  } finally {
    await core.close();
  }
  return results;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);

/** One line per query; true when no query's cost grew faster than its rows. */
function printTable(byFactor: Map<number, Map<string, Measured>>): boolean {
  const first = byFactor.get(SCALE_FACTORS[0])!;
  const last = byFactor.get(SCALE_FACTORS.at(-1)!)!;
  const head = SCALE_FACTORS.map((f) => `rows ×${f}`.padStart(10)).join('');
  const times = SCALE_FACTORS.map((f) => `p50/p95 ×${f}`.padStart(22)).join('');
  console.log(`${'query'.padEnd(32)}${head}${times}   cost ×16/×1  rows ×16/×1`);
  let isAllInLine = true;
  for (const label of first.keys()) {
    const cells = SCALE_FACTORS.map((f) => byFactor.get(f)!.get(label)!);
    const costGrowth = ratio(last.get(label)!.summary.p50, first.get(label)!.summary.p50);
    // An empty answer counts as one row: its cost should stay flat.
    const rowsGrowth = ratio(
      Math.max(1, last.get(label)!.rows),
      Math.max(1, first.get(label)!.rows),
    );
    const isTooFast = costGrowth > SLACK * Math.max(1, rowsGrowth);
    if (isTooFast) isAllInLine = false;
    console.log(
      `${label.padEnd(32)}${cells.map((c) => String(c.rows).padStart(10)).join('')}${cells
        .map((c) => `${ms(c.summary.p50)} / ${ms(c.summary.p95)}`.padStart(22))
        .join(
          '',
        )}   ${`${costGrowth.toFixed(1)}×`.padStart(11)}  ${`${rowsGrowth.toFixed(1)}×`.padStart(11)}${
        isTooFast ? '   GROWS FASTER THAN ITS ROWS' : ''
      }`,
    );
  }
  return isAllInLine;
}

/** The same workload again without one index: what it is worth, measured in the same run. */
async function withoutIndex(dataDir: string, index: string): Promise<void> {
  await withRawVaultDatabase(dataDir, BENCH_ACCOUNT, (db) => {
    db.exec(`DROP INDEX ${JSON.stringify(index)}`);
  });
}

function printComparison(
  withIt: Map<number, Map<string, Measured>>,
  without: Map<number, Map<string, Measured>>,
  index: string,
): void {
  console.log(`\nWithout ${index} (p50 without / p50 with, same run):`);
  for (const label of withIt.get(SCALE_FACTORS[0])!.keys()) {
    const cells = SCALE_FACTORS.map((f) => {
      const a = without.get(f)!.get(label)!.summary.p50;
      const b = withIt.get(f)!.get(label)!.summary.p50;
      return `×${f}: ${ms(a)} / ${ms(b)} = ${ratio(a, b).toFixed(1)}×`.padStart(36);
    });
    console.log(`${label.padEnd(32)}${cells.join('')}`);
  }
}

/**
 * The scale curve; false when a query's cost grows faster than the rows it returns. With
 * `droppedIndex`, each size is measured again after that index is dropped from its copy.
 */
export async function benchScale(size: DemoSize, droppedIndex?: string): Promise<boolean> {
  const centre = await openBenchCentre(size);
  console.log(describeCentre(centre, size));
  const byFactor = new Map<number, Map<string, Measured>>();
  const without = new Map<number, Map<string, Measured>>();
  const measureBoth = async (dataDir: string, factor: number) => {
    byFactor.set(factor, await measure(dataDir, factor));
    if (!droppedIndex) return;
    await withoutIndex(dataDir, droppedIndex);
    without.set(factor, await measure(dataDir, factor));
  };
  try {
    for (const factor of SCALE_FACTORS) {
      if (factor === 1) {
        // The 1× copy is what the bigger ones are cloned from: it keeps every index.
        byFactor.set(factor, await measure(centre.dataDir, factor));
        if (droppedIndex) {
          const copy = makeTempDir('ck-bench-x1-');
          cpSync(centre.dataDir, copy, { recursive: true });
          try {
            await withoutIndex(copy, droppedIndex);
            without.set(factor, await measure(copy, factor));
          } finally {
            rmSync(copy, { recursive: true, force: true });
          }
        }
        continue;
      }
      const dataDir = await scaledDataDir(size, centre, factor);
      try {
        await measureBoth(dataDir, factor);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(centre.dataDir, { recursive: true, force: true });
  }
  console.log(`\nScale curve (${RUNS} runs each, in-process calls, warm cache):`);
  const isInLine = printTable(byFactor);
  if (droppedIndex) printComparison(byFactor, without, droppedIndex);
  return isInLine;
}
