// `npm run bench`: timings on this machine, measured in one run, with percentiles.
// Production scrypt parameters and the real encrypted database; nothing is mocked.
import { rmSync } from 'node:fs';
import { Core } from '../../main/core/core';
import { loadDemoCentre } from '../../main/demo/load-centre';
import type { ApiCall } from '../../main/core/core-caller';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { todayIn } from '../../shared/domain/civil-dates';
import { makeTempDir } from '../support/temp-core';
import { benchBackup } from './backup';
import { ms, summarize, timeRuns, type Summary } from './stats';
import { benchSessions, databaseSize } from './sessions';
import { benchVolunteerList } from './volunteer-list';

const PASSWORD = 'bench-password-2026';
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

async function main(): Promise<void> {
  const dataDir = makeTempDir('ck-bench-');
  // The horizon case moves this clock on; everything before it runs on the real one.
  let clockOffsetMs = 0;
  const core = new Core({
    dataDir,
    isIdleLockTimerOn: false,
    now: () => Date.now() + clockOffsetMs,
  });
  try {
    await must(core, 'setUpVault', {
      organisationName: 'Bench Centre',
      timeZone: 'Europe/London',
      language: 'en',
      admin: { username: 'admin', displayName: 'Bench Admin', password: PASSWORD },
    });
    const call: ApiCall = (method, input) => must(core, method, input);
    const loadStart = performance.now();
    const { data, people, sessions } = await loadDemoCentre(core, call, 'large', {
      username: 'admin',
      password: PASSWORD,
    });
    const loadSeconds = ((performance.now() - loadStart) / 1000).toFixed(0);
    console.log(
      `Data: ${data.groups.length} groups, ${data.locations.length} locations, ${people.volunteers.length} volunteers, ${people.completions.length} completions; ${sessions.pastSessions} past sessions (${sessions.recorded} recorded), ${core.vault.store.countRows().group_session} sessions in all, ${sessions.incidents} incidents; loaded in ${loadSeconds} s.`,
    );
    console.log(`Database file: ${databaseSize(dataDir)}`);

    const results: boolean[] = [];
    // Unlock = scrypt key derivation + AES-GCM unwrap + opening and checking the database.
    const unlockSamples: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      await must(core, 'lock', {});
      const start = performance.now();
      await must(core, 'logIn', { username: 'admin', password: PASSWORD });
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
    await benchVolunteerList(
      core,
      { username: 'admin', password: PASSWORD },
      dataDir,
      (label, summary) => results.push(report(label, summary, LIST_GOAL_MS)),
    );
    const today = todayIn('Europe/London');
    const [group] = await call('listGroups', { status: 'active' });
    await benchSessions(
      core,
      {
        credentials: { username: 'admin', password: PASSWORD },
        workDir: dataDir,
        today,
        groupId: group!.id,
        moveClock: (ms) => (clockOffsetMs += ms),
      },
      (label, summary, goalMs) => results.push(report(label, summary, goalMs)),
    );
    results.push(
      await benchBackup(
        core,
        (method, input) => must(core, method, input),
        () => must(core, 'logIn', { username: 'admin', password: PASSWORD }),
        { kind: 'password', username: 'admin', password: PASSWORD },
      ),
    );
    if (results.includes(false)) process.exitCode = 1;
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
