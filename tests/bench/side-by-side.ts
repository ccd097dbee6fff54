// Two ways of answering the same call, timed in alternation: each run times both, the first
// of the pair swapping every run, so a load spike or a warm page cache favours neither side.
import { summarize, type Summary } from './stats';

export interface Side {
  /** Runs just before each timed call, untimed (e.g. empties the page cache). */
  prepare?: () => void;
  call: (run: number) => Promise<unknown>;
}

export interface Pair {
  measured: Summary;
  baseline: Summary;
}

async function timeOnce(side: Side, run: number): Promise<number> {
  side.prepare?.();
  const start = performance.now();
  await side.call(run);
  return performance.now() - start;
}

export async function timeSideBySide(
  runs: number,
  measured: Side,
  baseline: Side,
  { isWarmedUp }: { isWarmedUp: boolean },
): Promise<Pair> {
  if (isWarmedUp) {
    await measured.call(-1);
    await baseline.call(-1);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      a.push(await timeOnce(measured, run));
      b.push(await timeOnce(baseline, run));
    } else {
      b.push(await timeOnce(baseline, run));
      a.push(await timeOnce(measured, run));
    }
  }
  return { measured: summarize(a), baseline: summarize(b) };
}
