// `npm run reliability`: faults a centre's PC can suffer, each against the real built product.
// Prints what each scenario did, then `N passed, N failed` alone on the last line (CI reads it).
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { makeTempDir } from '../support/temp-core';
import { newTally, runScenario, type Scenario } from './harness';
import { initDataDir, prepareVault } from './prepared-vault';
import { killLeftovers } from './product';
import { seededRandom } from './random';
import type { DiskKind } from './small-disk';
import { corruptPageScenario } from './scenarios/corrupt-page';
import { diskFullScenario } from './scenarios/disk-full';
import { keyFileScenarios } from './scenarios/key-file';
import { killMidWriteScenarios } from './scenarios/kill-mid-write';
import { secondProcessScenario } from './scenarios/second-process';
import type { KillTotals } from './scenarios/write-ledger';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '50' },
    seed: { type: 'string', default: '20261130' },
    disk: { type: 'string', default: 'auto' },
    /** Runs only the scenarios whose name contains this text (for working on one). */
    only: { type: 'string' },
  },
});
const DISKS = ['auto', 'tmpfs', 'injected'] as const;
const iterations = Number(values.iterations);
const seed = Number(values.seed);
const disk = DISKS.find((kind) => kind === values.disk);
if (!Number.isInteger(iterations) || iterations < 1 || !Number.isInteger(seed) || !disk) {
  console.error(
    'usage: run.js [--iterations N (≥ 1)] [--seed S (an integer)] [--disk auto|tmpfs|injected] [--only TEXT]',
  );
  process.exit(2);
}

async function main(diskWanted: DiskKind | 'auto', only: string): Promise<number> {
  const workDir = makeTempDir('ck-reliability-');
  const tally = newTally();
  const kills: KillTotals = { runs: 0, acknowledged: 0, lost: 0, phantom: 0 };
  console.log(`Reliability suite: ${iterations} kill -9 runs, seed ${seed}.`);
  try {
    const vault = await prepareVault(workDir, 'prepared');
    const foreignDir = await initDataDir(workDir, 'foreign');
    const killing = killMidWriteScenarios(vault, workDir, iterations, seed, kills);
    const scenarios: Scenario[] = [
      ...killing.scenarios,
      diskFullScenario(vault, workDir, diskWanted),
      ...keyFileScenarios(vault, foreignDir, workDir),
      corruptPageScenario(vault, workDir, seededRandom(seed)),
      secondProcessScenario(vault, workDir),
    ];
    try {
      for (const scenario of scenarios) {
        if (scenario.name.includes(only)) await runScenario(scenario, tally);
      }
    } finally {
      await killing.finish();
    }
  } catch (error) {
    console.log(`FAIL the suite could not run: ${(error as Error).message}`);
    tally.failed += 1;
  } finally {
    const leftovers = killLeftovers();
    if (leftovers > 0) console.log(`Ended ${leftovers} product processes left running.`);
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log(
    `kill -9: ${kills.runs} runs, ${kills.acknowledged} acknowledged writes, ${kills.lost} lost, ${kills.phantom} unexpected rows.`,
  );
  if (tally.failedNames.length > 0) console.log(`Failed: ${tally.failedNames.join('; ')}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed === 0 ? 0 : 1;
}

process.exit(await main(disk, values.only ?? ''));
