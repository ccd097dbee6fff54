// What the cipher costs (DESIGN §8, issue 13): the one workload on the encrypted database and on
// a plain SQLite copy of it (same schema, rows, queries, driver and connection settings), warm
// and cold, each call's encrypted/plain ratio against the goal.
import { rmSync } from 'node:fs';
import { Core } from '../../main/core/core';
import type { RawDatabase } from '../../main/store/database';
import { encryptedOpener, makePlainCopy, plainOpener, type BenchOpener } from './plain-copy';
import { timeSideBySide, type Pair } from './side-by-side';
import { summarize } from './stats';
import { ratioOf, type Report } from './table';
import { buildWorkload, must, type Caller, type WorkloadCall } from './workload';

export const CIPHER_RATIO_GOAL = 1.1;
const WARM_RUNS = 40;
const COLD_RUNS = 20;

/** What "cold" means here, for the table's notes: Node cannot drop the OS page cache. */
export const COLD_MEANING =
  "cold: the database closed and reopened (lock, sign in) before the cold runs, and SQLite's " +
  'page cache emptied before every timed call (PRAGMA shrink_memory), so every page is read ' +
  'and decrypted again; the OS page cache is kept (Node cannot drop it), so the disk is not read';

interface Side {
  core: Core;
  opener: BenchOpener;
  call: Caller;
}

function sideOn(dataDir: string, opener: BenchOpener): Side {
  const core = new Core({ dataDir, isIdleLockTimerOn: false, benchStoreOpener: opener.open });
  return { core, opener, call: (method, input) => core.call(method, input) };
}

const emptyCache = (connection: () => RawDatabase) => () => {
  connection().pragma('shrink_memory');
};

function timed(side: Side, work: WorkloadCall, isCold: boolean) {
  return {
    ...(isCold ? { prepare: emptyCache(side.opener.connection) } : {}),
    call: (run: number) => must(side.call, work.method, work.input(run)),
  };
}

function reportPair(report: Report, label: string, pair: Pair): number {
  const ratio = ratioOf(pair.measured, pair.baseline);
  report(label, pair.measured, Number.POSITIVE_INFINITY, {
    ratio,
    maxRatio: CIPHER_RATIO_GOAL,
    baseline: pair.baseline,
  });
  return ratio;
}

/** Sums of the p50s: the whole workload's ratio, which noise on one short call moves least. */
function reportTotal(report: Report, label: string, pairs: Pair[]): void {
  const total = (pick: (pair: Pair) => number) => pairs.reduce((sum, p) => sum + pick(p), 0);
  const measured = summarize([total((p) => p.measured.p50)]);
  const baseline = summarize([total((p) => p.baseline.p50)]);
  reportPair(report, label, { measured, baseline });
}

export async function benchCipherCost(
  options: { dataDir: string; account: { username: string; password: string }; today: string },
  report: Report,
): Promise<void> {
  const plainDir = await makePlainCopy(options.dataDir, options.account);
  const encrypted = sideOn(options.dataDir, encryptedOpener());
  const plain = sideOn(plainDir, plainOpener());
  const signIn = async () => {
    await must(encrypted.call, 'logIn', options.account);
    await must(plain.call, 'logIn', options.account);
  };
  try {
    await signIn();
    const workload = await buildWorkload(encrypted.call, options.today);
    const warm: Pair[] = [];
    for (const work of workload) {
      const pair = await timeSideBySide(
        WARM_RUNS,
        timed(encrypted, work, false),
        timed(plain, work, false),
        { isWarmedUp: true },
      );
      reportPair(report, `cipher warm: ${work.label}`, pair);
      warm.push(pair);
    }
    reportTotal(report, 'cipher warm: whole workload (sum of p50)', warm);

    await must(encrypted.call, 'lock', {});
    await must(plain.call, 'lock', {});
    await signIn();
    const cold: Pair[] = [];
    for (const work of workload.filter((w) => w.kind !== 'write')) {
      const pair = await timeSideBySide(
        COLD_RUNS,
        timed(encrypted, work, true),
        timed(plain, work, true),
        { isWarmedUp: false },
      );
      reportPair(report, `cipher cold: ${work.label}`, pair);
      cold.push(pair);
    }
    reportTotal(report, 'cipher cold: reads (sum of p50)', cold);
  } finally {
    await encrypted.core.close();
    await plain.core.close();
    rmSync(plainDir, { recursive: true, force: true });
  }
}
