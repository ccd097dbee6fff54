// `npm run bench:sessions-probe [years]`: the session calls the full bench finds slowest, on a
// mid-size centre built in well under a minute (the large demo's 300 groups and 5,000 people,
// with `years` of generated history instead of every group's whole past), so a change to those
// calls can be measured before and after without the full bench's four minutes of loading.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Core } from '../../main/core/core';
import type { ApiCall } from '../../main/core/core-caller';
import { demoWriteFor } from '../../main/demo/core-write';
import { generateDemoData } from '../../main/demo/generate';
import { loadDemoData } from '../../main/demo/load';
import { loadDemoPeople } from '../../main/demo/load-people';
import { generateDemoPeople } from '../../main/demo/people';
import { fillWindow } from '../../main/sessions/generate';
import { DATABASE_FILE } from '../../main/vault/vault';
import { startWebHost } from '../../main/web/server';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { addDays, todayIn } from '../../shared/domain/civil-dates';
import { serveApi } from '../support/serve-api';
import { makeTempDir } from '../support/temp-core';
import { databaseSize } from './sessions';
import { ms, timeRuns } from './stats';

const PASSWORD = 'bench-password-2026';
const RUNS = 100;

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

async function must<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as MethodOutput<M>;
}

async function timeCalls(call: Call, prefix: string, calls: [string, string, unknown][]) {
  for (const [label, method, input] of calls) {
    const work = async () => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
    };
    await work();
    // CPU time as well as wall time: on a busy machine the wall clock mostly measures the wait.
    const cpuBefore = process.cpuUsage();
    const { p50, p95, max } = await timeRuns(RUNS, work);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
    console.log(
      `${`${prefix}${label}`.padEnd(40)} p50=${ms(p50)}  p95=${ms(p95)}  max=${ms(max)}  cpu/call=${ms(cpuMs)}`,
    );
  }
}

/** The large demo's places, groups and people, with `years` of generated sessions. */
async function buildCentre(core: Core, years: number): Promise<void> {
  await must(core, 'setUpVault', {
    organisationName: 'Probe Centre',
    timeZone: 'Europe/London',
    language: 'en',
    admin: { username: 'admin', displayName: 'Probe Admin', password: PASSWORD },
  });
  const call: ApiCall = (method, input) => must(core, method, input);
  const today = todayIn('Europe/London');
  const data = generateDemoData('large');
  const { groupIds } = await loadDemoData(call, data);
  const people = generateDemoPeople('large', data.groups, today);
  await loadDemoPeople(call, demoWriteFor(core), people, groupIds, PASSWORD);
  await demoWriteFor(core)({ action: 'generate', entity: 'session' }, async (repos) => {
    await fillWindow(repos, 'Europe/London', {
      from: addDays(today, -365 * years),
      to: addDays(today, -1),
    });
  });
}

async function timeOverHttp(core: Core, workDir: string, calls: [string, string, unknown][]) {
  const rendererDir = path.join(workDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>probe</title>');
  const host = await startWebHost({ core, rendererDir });
  try {
    const http = serveApi(host.origin, host.token);
    const signedIn = await http('logIn', { username: 'admin', password: PASSWORD });
    if (!signedIn.ok) throw new Error('logIn over HTTP failed');
    await timeCalls(http, 'HTTP ', calls);
  } finally {
    await host.close();
  }
}

async function main(): Promise<void> {
  const years = Number(process.argv[2] ?? 2);
  // With a folder named, the centre is built there once and signed into on later runs.
  const keptDir = process.argv[3];
  const isKept = keptDir !== undefined && existsSync(path.join(keptDir, DATABASE_FILE));
  const dataDir = keptDir ?? makeTempDir('ck-probe-');
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  try {
    if (isKept) await must(core, 'logIn', { username: 'admin', password: PASSWORD });
    else await buildCentre(core, years);
    console.log(
      `${core.vault.store.countRows().group_session} sessions; database ${databaseSize(dataDir)}`,
    );
    const today = todayIn('Europe/London');
    const monthStart = `${today.slice(0, 7)}-01`;
    const calls: [string, string, unknown][] = [
      ['listSessions (a month)', 'listSessions', { from: monthStart, to: addDays(monthStart, 30) }],
      ['listCoverageGaps', 'listCoverageGaps', {}],
      ['listCoverConflicts', 'listCoverConflicts', {}],
    ];
    await timeCalls((m, i) => core.call(m, i), '', calls);
    const hostDir = makeTempDir('ck-probe-host-');
    try {
      await timeOverHttp(core, hostDir, calls);
    } finally {
      rmSync(hostDir, { recursive: true, force: true });
    }
  } finally {
    await core.close();
    if (keptDir === undefined) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
