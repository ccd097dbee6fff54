// The volunteer list at 5,000 volunteers, in-process and through the browser host's HTTP
// path (token, session, JSON both ways), for every filter and sort a coordinator can pick.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '../../main/core/core';
import { startWebHost } from '../../main/web/server';
import type { ListVolunteersInput } from '../../shared/domain/volunteers';
import { serveApi } from '../support/serve-api';
import { summarize, timeRuns, type Summary } from './stats';

const QUERIES: [string, ListVolunteersInput][] = [
  ['no filter', {}],
  ['search "gar"', { search: 'gar' }],
  ['search "example.org" (all)', { search: 'example.org' }],
  ['status active', { status: 'active' }],
  ['language es', { language: 'es' }],
  ['background check expired', { backgroundCheck: 'expired' }],
  ['background check pending', { backgroundCheck: 'pending' }],
  ['readiness expiring', { readiness: 'expiring' }],
  ['readiness not ready', { readiness: 'not_ready' }],
  ['sort by readiness', { sort: 'readiness' }],
  ['sort by start date, desc', { sort: 'startDate', direction: 'desc' }],
  ['status+language+readiness', { status: 'active', language: 'en', readiness: 'ready' }],
  ['last page (offset 4950)', { offset: 4950 }],
];

/**
 * The first readiness-filtered list after a write: the core works every volunteer's state out
 * again then (main/volunteers/readiness-states.ts), so this is the slowest list a coordinator
 * meets. Only the list call is timed; the write before it is not.
 */
async function timeFirstListAfterWrite(core: Core, runs: number): Promise<Summary> {
  const organisation = await core.call('getOrganisation', {});
  if (!organisation.ok) throw new Error('getOrganisation failed');
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const written = await core.call('updateOrganisation', organisation.value);
    if (!written.ok) throw new Error(`updateOrganisation failed: ${written.error.code}`);
    const start = performance.now();
    const result = await core.call('listVolunteers', { readiness: 'not_ready' });
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(`listVolunteers failed: ${result.error.code}`);
  }
  return summarize(samples);
}

export async function benchVolunteerList(
  core: Core,
  credentials: { username: string; password: string },
  workDir: string,
  report: (label: string, summary: Summary) => void,
): Promise<void> {
  for (const [label, query] of QUERIES) {
    const work = async () => {
      const result = await core.call('listVolunteers', query);
      if (!result.ok) throw new Error(`listVolunteers failed: ${result.error.code}`);
    };
    await work();
    report(`listVolunteers ${label}`, await timeRuns(50, work));
  }
  report('listVolunteers readiness, first after a write', await timeFirstListAfterWrite(core, 20));

  const rendererDir = path.join(workDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>bench</title>');
  const host = await startWebHost({ core, rendererDir });
  try {
    const call = serveApi(host.origin, host.token);
    const signedIn = await call('logIn', credentials);
    if (!signedIn.ok) throw new Error('logIn over HTTP failed');
    for (const [label, query] of QUERIES) {
      const work = async () => {
        const result = await call('listVolunteers', query);
        if (!result.ok) throw new Error(`listVolunteers over HTTP failed: ${result.error.code}`);
      };
      await work();
      report(`HTTP listVolunteers ${label}`, await timeRuns(50, work));
    }
  } finally {
    await host.close();
  }
}
