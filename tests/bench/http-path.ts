// The whole path a click takes (issue 13): the workload's reads through the browser host over
// HTTP (launch token, session token, JSON both ways) to a core worker, as `circlekeeper serve`
// runs them, next to the same call straight into the core, so the app's own overhead is a number.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCoreWorker } from '../../main/core/client';
import { startWebHost } from '../../main/web/server';
import { ms } from './stats';
import { serveApi } from '../support/serve-api';
import { timeSideBySide } from './side-by-side';
import { ratioOf, type Report } from './table';
import { buildWorkload, must, type Caller } from './workload';

export const HTTP_LIST_GOAL_MS = 30;
const RUNS = 40;
/** Built beside the bench by `node scripts/build.mjs bench`, as the app's own worker. */
export const WORKER_PATH = fileURLToPath(new URL('../main/core-worker.js', import.meta.url));

export async function benchHttpPath(
  direct: Caller,
  options: { dataDir: string; account: { username: string; password: string }; today: string },
  report: Report,
): Promise<void> {
  const rendererDir = path.join(options.dataDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>bench</title>');
  // The app's own pair: a core worker (its own connection to the file) behind the browser host.
  const worker = startCoreWorker({ dataDir: options.dataDir, workerPath: WORKER_PATH });
  const host = await startWebHost({ core: worker, rendererDir });
  try {
    const overHttp = serveApi(host.origin, host.token);
    await must(overHttp, 'logIn', options.account);
    const reads = (await buildWorkload(direct, options.today)).filter((w) => w.kind !== 'write');
    for (const work of reads) {
      const pair = await timeSideBySide(
        RUNS,
        { call: (run) => must(overHttp, work.method, work.input(run)) },
        { call: (run) => must(direct, work.method, work.input(run)) },
        { isWarmedUp: true },
      );
      const overhead = pair.measured.p50 - pair.baseline.p50;
      console.log(`  ${work.label}: HTTP adds ${ms(overhead)} at p50`);
      report(`direct: ${work.label}`, pair.baseline, HTTP_LIST_GOAL_MS);
      report(`HTTP: ${work.label}`, pair.measured, HTTP_LIST_GOAL_MS, {
        ratio: ratioOf(pair.measured, pair.baseline),
        baseline: pair.baseline,
      });
    }
  } finally {
    await host.close();
    await worker.close();
  }
}
