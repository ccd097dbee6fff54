// `npm run bench [-- --size small]`: timings on this machine, measured in one run, with
// percentiles, on the large demo centre (built once and cached, see demo-cache.ts).
// Production scrypt parameters and the real encrypted database; nothing is mocked.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Core } from '../../main/core/core';
import type { ApiCall } from '../../main/core/core-caller';
import { DEMO_SIZES, type DemoSize } from '../../main/demo/generate';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { todayIn } from '../../shared/domain/civil-dates';
import { benchBackup } from './backup';
import { benchCsvExport } from './csv-export';
import { BENCH_ACCOUNT, BENCH_TIME_ZONE, describeCentre, openBenchCentre } from './demo-cache';
import { benchPrintPdf } from './print-pdf';
import { ms, summarize, timeRuns, type Summary } from './stats';
import { benchSessions, databaseSize } from './sessions';
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

function report(label: string, summary: Summary, goalMs: number): boolean {
  const isMet = summary.p95 < goalMs;
  console.log(
    `${label.padEnd(48)} runs=${summary.runs}  p50=${ms(summary.p50)}  p95=${ms(summary.p95)}  max=${ms(summary.max)}  goal p95<${goalMs} ms: ${isMet ? 'met' : 'MISSED'}`,
  );
  return isMet;
}

function sizeFromArgs(): DemoSize {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'large' } } });
  if (!Object.hasOwn(DEMO_SIZES, values.size)) {
    throw new Error(`--size must be one of: ${Object.keys(DEMO_SIZES).join(', ')}`);
  }
  return values.size as DemoSize;
}

async function main(): Promise<void> {
  const size = sizeFromArgs();
  const centre = await openBenchCentre(size);
  console.log(describeCentre(centre, size));
  const { dataDir, summary } = centre;
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

    const results: boolean[] = [];
    // Unlock = scrypt key derivation + AES-GCM unwrap + opening and checking the database.
    const unlockSamples: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      await must(core, 'lock', {});
      const start = performance.now();
      await logIn();
      unlockSamples.push(performance.now() - start);
    }
    results.push(report('unlock (logIn after lock)', summarize(unlockSamples), UNLOCK_GOAL_MS));

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
      results.push(report(label, await timeRuns(50, work), LIST_GOAL_MS));
    }
    await benchVolunteerList(core, BENCH_ACCOUNT, dataDir, (label, summary) =>
      results.push(report(label, summary, LIST_GOAL_MS)),
    );
    await benchCsvExport(core, (label, summary, goalMs) =>
      results.push(report(label, summary, goalMs)),
    );
    // Before the horizon case moves the clock on: this month's calendar, this week's list.
    await benchPrintPdf(core, BENCH_ACCOUNT, (label, result, goalMs) =>
      results.push(report(label, result, goalMs)),
    );
    // The browser host signed out when its pages closed.
    await logIn();
    const today = todayIn(BENCH_TIME_ZONE);
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
      (label, summary, goalMs) => results.push(report(label, summary, goalMs)),
    );
    results.push(
      await benchBackup(core, (method, input) => must(core, method, input), logIn, {
        kind: 'password',
        ...BENCH_ACCOUNT,
      }),
    );
    if (results.includes(false)) process.exitCode = 1;
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
