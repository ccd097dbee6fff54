// The volunteer list's calls alone on the cached demo centre and its 4× and 16× clones (built
// by `npm run bench -- --scale`), each on a fresh copy, with the plans of any SQL given in PLANS
// (separated by ";;"): how the list's cost grows with the data, in minutes instead of the whole
// scale run's. `npm run bench:volunteers-probe -- 1,4,16` (the factors wanted).
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Core } from '../../main/core/core';
import type { ListVolunteersInput } from '../../shared/domain/volunteers';
import { makeTempDir } from '../support/temp-core';
import { withRawVaultDatabase } from '../support/raw-database';
import { BENCH_ACCOUNT, CACHE_DIR } from './demo-cache';
import { ms, summarize, timeRuns } from './stats';

const RUNS = 20;

const QUERIES: [string, ListVolunteersInput][] = [
  ['first page', {}],
  ['search "gar"', { search: 'gar' }],
  ['search "ga" (two letters)', { search: 'ga' }],
  ['sort by status', { sort: 'status' }],
  ['sort by start date, desc', { sort: 'startDate', direction: 'desc' }],
  ['status active, language es', { status: 'active', language: 'es' }],
  ['readiness not ready', { readiness: 'not_ready' }],
  ['page 20', { offset: 950 }],
];

function dataDirOf(factor: number): string | undefined {
  const prefix = factor === 1 ? 'large-' : 'scale-large-';
  const suffix = factor === 1 ? '' : `-x${factor}`;
  const name = readdirSync(CACHE_DIR).find(
    (n) => n.startsWith(prefix) && n.endsWith(suffix) && !n.includes('.building'),
  );
  const dir = name && path.join(CACHE_DIR, name, 'data');
  return dir && existsSync(dir) ? dir : undefined;
}

async function probe(factor: number): Promise<void> {
  const source = dataDirOf(factor);
  if (!source) {
    console.log(`×${factor}: no cached centre`);
    return;
  }
  const dataDir = makeTempDir(`ck-vprobe-x${factor}-`);
  cpSync(source, dataDir, { recursive: true });
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  try {
    const signedIn = await core.call('logIn', BENCH_ACCOUNT);
    if (!signedIn.ok) throw new Error(`logIn failed: ${signedIn.error.code}`);
    for (const [label, input] of QUERIES) {
      const work = async () => {
        const result = await core.call('listVolunteers', input);
        if (!result.ok) throw new Error(`listVolunteers failed: ${result.error.code}`);
        return (result.value as { total: number }).total;
      };
      const total = await work();
      const { p50, p95 } = await timeRuns(RUNS, work);
      console.log(
        `×${factor} ${label.padEnd(30)} total ${String(total).padStart(6)}  p50 ${ms(p50)}  p95 ${ms(p95)}`,
      );
    }
    const organisation = await core.call('getOrganisation', {});
    if (!organisation.ok) throw new Error('getOrganisation failed');
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await core.call('updateOrganisation', organisation.value);
      const start = performance.now();
      await core.call('listVolunteers', { readiness: 'not_ready' });
      samples.push(performance.now() - start);
    }
    const after = summarize(samples);
    console.log(
      `×${factor} ${'readiness, first after a write'.padEnd(30)}               p50 ${ms(after.p50)}  p95 ${ms(after.p95)}`,
    );
  } finally {
    await core.close();
  }
  await withRawVaultDatabase(dataDir, BENCH_ACCOUNT, (db) => {
    for (const sqlText of (process.env.PLANS ?? '').split(';;').filter(Boolean)) {
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sqlText}`).all() as { detail: string }[];
      console.log(`  plan of ${sqlText}\n    ${plan.map((p) => p.detail).join('\n    ')}`);
    }
  });
  rmSync(dataDir, { recursive: true, force: true });
}

const factors = (process.argv[2] ?? '1,4,16').split(',').map(Number);
for (const factor of factors) await probe(factor);
