// `npm run bench [-- --size small]`: timings on this machine, measured in one run, with
// percentiles, on the large demo centre (built once and cached, see demo-cache.ts).
// Production scrypt parameters and the real encrypted database; nothing is mocked.
// `npm run bench -- --scale [--scale-without-index NAME]`: the scale curve instead (scale.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Core } from '../../main/core/core';
import type { ApiCall } from '../../main/core/core-caller';
import { DEMO_SIZES, type DemoSize } from '../../main/demo/generate';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { todayIn } from '../../shared/domain/civil-dates';
import { benchBackup } from './backup';
import { benchCipherCost, COLD_MEANINGS } from './cipher-cost';
import { cipherPageCostNotes } from './cipher-pages';
import { benchCsvExport } from './csv-export';
import { BENCH_ACCOUNT, BENCH_TIME_ZONE, describeCentre, openBenchCentre } from './demo-cache';
import { benchHttpPath } from './http-path';
import { benchPrintPdf } from './print-pdf';
import { benchScale } from './scale';
import { benchScreensInChromium } from './screens';
import { ms, summarize, timeRuns } from './stats';
import { benchSessions, databaseSize } from './sessions';
import { benchStartup } from './startup';
import {
  benchReport,
  benchRow,
  exitCodeFor,
  formatGoal,
  formatTable,
  reportFileName,
  type BenchRow,
  type Report,
} from './table';
import { benchVolunteerList } from './volunteer-list';

const UNLOCK_GOAL_MS = 1000;
const LIST_GOAL_MS = 30;

async function must<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as MethodOutput<M>;
}

/** Gitignored: the run's table as JSON, one file per run. */
const RESULTS_DIR = fileURLToPath(new URL('../../bench-results/', import.meta.url));

const rows: BenchRow[] = [];
/** Goals that are not times (rows a list draws, memory): printed as they are measured. */
let isOtherGoalMissed = false;

/** Every module reports here: a line as it goes, a row of the table at the end. */
const report: Report = (label, summary, goalMs, extras) => {
  const row = benchRow(label, summary, goalMs, extras);
  rows.push(row);
  const ratio = row.ratio === null ? '' : `  ratio=${row.ratio.toFixed(2)}×`;
  console.log(
    `${label.padEnd(48)} runs=${summary.runs}  p50=${ms(summary.p50)}  p95=${ms(summary.p95)}  max=${ms(summary.max)}${ratio}  ${formatGoal(row.goal)}: ${row.isMet ? 'met' : 'MISSED'}`,
  );
};

function writeResults(size: DemoSize, notes: string[]): void {
  const date = new Date();
  console.log(`\n${formatTable(rows)}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, reportFileName(date));
  writeFileSync(file, `${JSON.stringify(benchReport(rows, { date, size, notes }), null, 2)}\n`);
  const missed = rows.filter((row) => !row.isMet).length;
  console.log(`\n${notes.join('\n')}\n${missed} goal(s) missed. Written to ${file}`);
  process.exitCode = isOtherGoalMissed ? 1 : exitCodeFor(rows);
}

const PARTS = [
  'unlock',
  'lists',
  'cipher',
  'http',
  'volunteers',
  'csv',
  'print',
  'screens',
  'startup',
  'sessions',
  'backup',
];
type Part = (typeof PARTS)[number];

/** `--size small|large` (default large); `--only cipher,http` runs only those parts. */
function optionsFromArgs(): {
  size: DemoSize;
  parts: Set<Part>;
  isScale: boolean;
  droppedIndex?: string;
} {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'large' },
      only: { type: 'string', default: PARTS.join(',') },
      // The scale curve (tests/bench/scale.ts) instead of the usual workload.
      scale: { type: 'boolean', default: false },
      // With --scale: each size measured again without this index (what the index is worth).
      'scale-without-index': { type: 'string' },
    },
  });
  if (!Object.hasOwn(DEMO_SIZES, values.size)) {
    throw new Error(`--size must be one of: ${Object.keys(DEMO_SIZES).join(', ')}`);
  }
  const parts = values.only.split(',').map((part) => part.trim());
  const unknown = parts.filter((part) => !PARTS.includes(part));
  if (unknown.length > 0) throw new Error(`--only takes some of: ${PARTS.join(', ')}`);
  return {
    size: values.size as DemoSize,
    parts: new Set(parts),
    isScale: values.scale,
    droppedIndex: values['scale-without-index'],
  };
}

async function main(): Promise<void> {
  const { size, parts, isScale, droppedIndex } = optionsFromArgs();
  if (isScale) {
    if (!(await benchScale(size, droppedIndex))) process.exitCode = 1;
    return;
  }
  const centre = await openBenchCentre(size);
  console.log(describeCentre(centre, size));
  const { dataDir, summary } = centre;
  /** What the table's rows alone do not say, for the report's notes. */
  const notes: string[] = [];
  // The horizon case moves this clock on; everything before it runs on the real one.
  let clockOffsetMs = 0;
  const core = new Core({
    dataDir,
    isIdleLockTimerOn: false,
    now: () => Date.now() + clockOffsetMs,
  });
  const logIn = () => must(core, 'logIn', BENCH_ACCOUNT);
  try {
    await logIn();
    const call: ApiCall = (method, input) => must(core, method, input);
    console.log(
      `Data: ${summary.groups} groups, ${summary.locations} locations, ${summary.volunteers} volunteers, ${summary.completions} completions; ${summary.pastSessions} past sessions (${summary.recorded} recorded), ${core.vault.store.countRows().group_session} sessions in all, ${summary.incidents} incidents.`,
    );
    console.log(`Database file: ${databaseSize(dataDir)}`);
    const today = todayIn(BENCH_TIME_ZONE);
    const workload = { dataDir, account: BENCH_ACCOUNT, today };

    if (parts.has('unlock')) {
      // Unlock = scrypt key derivation + AES-GCM unwrap + opening and checking the database.
      const unlockSamples: number[] = [];
      for (let i = 0; i < 10; i += 1) {
        await must(core, 'lock', {});
        const start = performance.now();
        await logIn();
        unlockSamples.push(performance.now() - start);
      }
      report('unlock (logIn after lock)', summarize(unlockSamples), UNLOCK_GOAL_MS);
    }
    if (parts.has('lists')) {
      const lists: [string, () => Promise<unknown>][] = [
        ['listGroups (all)', () => must(core, 'listGroups', {})],
        ['listGroups (search "grief")', () => must(core, 'listGroups', { search: 'grief' })],
        [
          'listGroups (status+focus filter)',
          () => must(core, 'listGroups', { status: 'active', focus: 'trauma' }),
        ],
        ['listLocations', () => must(core, 'listLocations', {})],
        ['getDashboard', () => must(core, 'getDashboard', {})],
      ];
      for (const [label, work] of lists) {
        await work();
        report(label, await timeRuns(50, work), LIST_GOAL_MS);
      }
    }
    if (parts.has('cipher')) {
      await benchCipherCost(workload, report);
      const pageNotes = cipherPageCostNotes();
      console.log(pageNotes.join('\n'));
      notes.push(...pageNotes);
    }
    if (parts.has('http')) {
      await benchHttpPath((method, input) => core.call(method, input), workload, report);
    }
    if (parts.has('volunteers')) {
      await benchVolunteerList(core, BENCH_ACCOUNT, dataDir, (label, summary) =>
        report(label, summary, LIST_GOAL_MS),
      );
    }
    if (parts.has('csv')) await benchCsvExport(core, report);
    // Before the horizon case moves the clock on: this month's calendar, this week's list.
    if (parts.has('print')) {
      await benchPrintPdf(core, BENCH_ACCOUNT, report);
      // The browser host signed out when its pages closed.
      await logIn();
    }
    if (parts.has('screens') || parts.has('startup')) {
      const [group] = await call('listGroups', { status: 'active' });
      if (parts.has('screens')) {
        const areListsShort = await benchScreensInChromium(
          dataDir,
          BENCH_ACCOUNT,
          group!.id,
          report,
        );
        isOtherGoalMissed ||= !areListsShort;
      }
      // With this process's core locked: the host runs in its own.
      await must(core, 'lock', {});
      if (parts.has('startup')) {
        const isMemoryMet = await benchStartup(dataDir, BENCH_ACCOUNT, group!.id, report);
        isOtherGoalMissed ||= !isMemoryMet;
      }
      await logIn();
    }
    if (parts.has('sessions')) {
      const [group] = await call('listGroups', { status: 'active' });
      await benchSessions(
        core,
        {
          credentials: BENCH_ACCOUNT,
          workDir: dataDir,
          today,
          groupId: group!.id,
          moveClock: (ms) => (clockOffsetMs += ms),
        },
        report,
      );
    }
    if (parts.has('backup')) {
      await benchBackup(
        core,
        (method, input) => must(core, method, input),
        logIn,
        { kind: 'password', ...BENCH_ACCOUNT },
        report,
      );
    }
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  writeResults(size, [
    ...notes,
    ...COLD_MEANINGS,
    'warm: the same call run once before the timed runs; encrypted and plain (or HTTP and direct) alternate run by run',
    'ratio: p50 over p50 against the baseline measured in the same run (plain SQLite; the direct core call)',
  ]);
}

await main();
