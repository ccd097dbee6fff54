// Sessions at 150,000 (the large demo data): the calendar month, every call the dashboard
// makes, one group's list and the "needs a record" list, in-process and through the browser
// host's HTTP path to a core worker; then the horizon extended for every active group after the clock moves on.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '../../main/core/core';
import { DATABASE_FILE } from '../../main/vault/vault';
import { startCoreWorker } from '../../main/core/client';
import { startWebHost } from '../../main/web/server';
import type { ApiResult } from '../../shared/api/errors';
import { addDays } from '../../shared/domain/civil-dates';
import { serveApi } from '../support/serve-api';
import { WORKER_PATH } from './http-path';
import { summarize, timeRuns, type Summary } from './stats';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;
export type Report = (label: string, summary: Summary, goalMs: number) => void;

const LIST_GOAL_MS = 30;
const HORIZON_GOAL_MS = 2000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Monday of the week `date` falls in. */
function mondayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

function sessionQueries(today: string, groupId: number): [string, string, unknown][] {
  const monthStart = `${today.slice(0, 7)}-01`;
  const monthEnd = addDays(`${addDays(monthStart, 31).slice(0, 7)}-01`, -1);
  const monday = mondayOf(today);
  return [
    ['calendar month (all groups)', 'listSessions', { from: monthStart, to: monthEnd }],
    ['dashboard: getDashboard', 'getDashboard', {}],
    ['dashboard: sessions today', 'listSessions', { from: today, to: today }],
    // The dashboard's week for staff: each day's first eight and its counts, today to Sunday.
    [
      'dashboard: this week (listCalendarDays)',
      'listCalendarDays',
      { from: today, to: addDays(monday, 6), perDay: 8 },
    ],
    ['dashboard: listCoverageGaps', 'listCoverageGaps', {}],
    ['dashboard: listCoverConflicts', 'listCoverConflicts', {}],
    ['dashboard: listNeedsRecord', 'listNeedsRecord', {}],
    ['dashboard: getAttendanceTrend', 'getAttendanceTrend', {}],
    ['dashboard: listIncidents open', 'listIncidents', { status: 'open' }],
    [
      'one group, a year of sessions',
      'listSessions',
      { groupId, from: addDays(today, -180), to: addDays(today, 182) },
    ],
    ['needs a record', 'listNeedsRecord', {}],
  ];
}

/**
 * Times each query (50 runs after a warm-up). A method still a placeholder on this branch is
 * reported as such, not timed.
 */
async function timeQueries(
  call: Call,
  prefix: string,
  queries: [string, string, unknown][],
  report: Report,
) {
  for (const [label, method, input] of queries) {
    const first = await call(method, input);
    if (!first.ok) {
      console.log(
        `${prefix}${label.padEnd(44)} not measured: ${method} answers ${first.error.code}`,
      );
      continue;
    }
    const work = async () => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
    };
    report(`${prefix}${label}`, await timeRuns(50, work), LIST_GOAL_MS);
  }
}

export function databaseSize(dataDir: string): string {
  const file = path.join(dataDir, DATABASE_FILE);
  const mb = (name: string) => {
    try {
      return (statSync(name).size / 1e6).toFixed(1);
    } catch {
      return '0.0';
    }
  };
  return `${mb(file)} MB (WAL ${mb(`${file}-wal`)} MB)`;
}

export async function benchSessions(
  core: Core,
  options: {
    credentials: { username: string; password: string };
    workDir: string;
    today: string;
    groupId: number;
    /** Moves the core's clock on by this many milliseconds. */
    moveClock: (ms: number) => void;
  },
  report: Report,
): Promise<void> {
  const queries = sessionQueries(options.today, options.groupId);
  await timeQueries((m, i) => core.call(m, i), '', queries, report);

  const rendererDir = path.join(options.workDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>bench</title>');
  // The app's own pair, as http-path.ts runs it: a core worker behind the browser host.
  const worker = startCoreWorker({ dataDir: options.workDir, workerPath: WORKER_PATH });
  const host = await startWebHost({ core: worker, rendererDir });
  try {
    const call = serveApi(host.origin, host.token);
    const signedIn = await call('logIn', options.credentials);
    if (!signedIn.ok) throw new Error('logIn over HTTP failed');
    await timeQueries(call, 'HTTP ', queries, report);
  } finally {
    await host.close();
    await worker.close();
  }

  // The first call of a new day fills the horizon: 26 weeks on, each run is a fresh extension
  // of 26 weeks for every active group. Only that call is timed.
  const samples: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const before = core.vault.store.countRows().group_session ?? 0;
    options.moveClock(26 * WEEK_MS);
    const start = performance.now();
    const result = await core.call('getOrganisation', {});
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(`getOrganisation failed: ${result.error.code}`);
    const added = (core.vault.store.countRows().group_session ?? 0) - before;
    console.log(`horizon extension run ${run + 1}: ${added} sessions added`);
  }
  report('horizon extension, all groups (26 weeks)', summarize(samples), HORIZON_GOAL_MS);
}
