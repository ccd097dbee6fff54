// What the cipher costs (DESIGN §8, issue 13): the one workload on the encrypted database and on
// a plain SQLite copy of it (same schema, rows, queries, driver and connection settings), warm
// and cold, each call's encrypted/plain ratio against the goal.
import { rmSync } from 'node:fs';
import { Core } from '../../main/core/core';
import type { RawDatabase } from '../../main/store/database';
import { dropFromOsCache, osCacheDropCheck } from './os-cache';
import {
  encryptedOpener,
  makeCompactCopy,
  makePlainCopy,
  plainOpener,
  type BenchOpener,
} from './plain-copy';
import { timeSideBySide, type Pair } from './side-by-side';
import { summarize } from './stats';
import { ratioOf, type Report } from './table';
import { buildWorkload, must, type Caller, type WorkloadCall } from './workload';

export const CIPHER_RATIO_GOAL = 1.1;
const WARM_RUNS = 40;
const COLD_RUNS = 20;

/** What each "cold" means, for the table's notes. */
export const COLD_MEANINGS = [
  'cipher cold: the database closed and reopened (lock, sign in) before the cold runs; before ' +
    "every timed call SQLite's page cache emptied (PRAGMA shrink_memory) and the database file " +
    'and its WAL dropped from the OS page cache (posix_fadvise DONTNEED through GNU dd ' +
    'iflag=nocache, checked with fincore at the start of the run; these rows are left out, ' +
    'with the reason printed, where the OS does not allow it), so every page the call needs is ' +
    'read from the disk and decrypted (on a virtual machine the host may still cache the disk)',
  'cipher cold, OS cache warm: the same, but the OS page cache is kept, so every page is ' +
    'decrypted again but not read from the disk: the CPU cost of the cipher alone (AES-256-CBC ' +
    'and HMAC-SHA512 per 4 KiB page)',
];

interface Side {
  core: Core;
  opener: BenchOpener;
  call: Caller;
}

function sideOn(dataDir: string, opener: BenchOpener): Side {
  const core = new Core({ dataDir, isIdleLockTimerOn: false, benchStoreOpener: opener.open });
  return { core, opener, call: (method, input) => core.call(method, input) };
}

/** How cold a cold run starts: SQLite's page cache is always emptied, the OS's sometimes. */
type Cold = 'warm' | 'sqlite' | 'sqlite+os';

const emptyCache = (connection: () => RawDatabase) => {
  connection().pragma('shrink_memory');
};

function timed(side: Side, work: WorkloadCall, cold: Cold) {
  const prepare = () => {
    emptyCache(side.opener.connection);
    if (cold === 'sqlite+os') side.opener.files().forEach(dropFromOsCache);
  };
  return {
    ...(cold === 'warm' ? {} : { prepare }),
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
  // Both copies compacted the same way: the data folder as it grew has 8 % more pages, scattered.
  const encryptedDir = await makeCompactCopy(options.dataDir, options.account);
  const plainDir = await makePlainCopy(options.dataDir, options.account);
  const encrypted = sideOn(encryptedDir, encryptedOpener());
  const plain = sideOn(plainDir, plainOpener());
  const signIn = async () => {
    await must(encrypted.call, 'logIn', options.account);
    await must(plain.call, 'logIn', options.account);
  };
  try {
    await signIn();
    const workload = await buildWorkload(encrypted.call, options.today);
    const pages = (side: Side) => side.opener.connection().pragma('page_count', { simple: true });
    console.log(`cipher: encrypted copy ${pages(encrypted)} pages, plain copy ${pages(plain)}`);
    const warm: Pair[] = [];
    for (const work of workload) {
      const pair = await timeSideBySide(
        WARM_RUNS,
        timed(encrypted, work, 'warm'),
        timed(plain, work, 'warm'),
        { isWarmedUp: true },
      );
      reportPair(report, `cipher warm: ${work.label}`, pair);
      warm.push(pair);
    }
    reportTotal(report, 'cipher warm: whole workload (sum of p50)', warm);

    const reads = workload.filter((w) => w.kind !== 'write');
    const coldSet = async (label: string, cold: Cold) => {
      // Reopened: nothing of the warm runs is left in SQLite's cache.
      await must(encrypted.call, 'lock', {});
      await must(plain.call, 'lock', {});
      await signIn();
      const pairs: Pair[] = [];
      for (const work of reads) {
        const pair = await timeSideBySide(
          COLD_RUNS,
          timed(encrypted, work, cold),
          timed(plain, work, cold),
          { isWarmedUp: false },
        );
        reportPair(report, `${label}: ${work.label}`, pair);
        pairs.push(pair);
      }
      reportTotal(report, `${label}: reads (sum of p50)`, pairs);
    };
    const drop = [encrypted, plain].map((side) => osCacheDropCheck(side.opener.files()[0]!));
    const refusal = drop.find((check) => !check.isPossible);
    console.log(
      refusal
        ? `cipher cold: the OS page cache cannot be dropped here (${refusal.why}); only the OS-cache-warm rows are measured`
        : `cipher cold: the OS page cache is dropped before each cold call (${drop[0]!.why})`,
    );
    if (!refusal) await coldSet('cipher cold', 'sqlite+os');
    await coldSet('cipher cold, OS cache warm', 'sqlite');
  } finally {
    await encrypted.core.close();
    await plain.core.close();
    rmSync(encryptedDir, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
}
