// kill -9 while `serve` writes: every acknowledged write must survive, and nothing else appear.
import path from 'node:path';
import type { GroupSummary } from '../../../shared/domain/groups';
import type { Location } from '../../../shared/domain/locations';
import type { Scenario, ScenarioContext } from '../harness';
import type { PreparedVault } from '../prepared-vault';
import { ADMIN, isRunning, must, startServe, type ServeProcess } from '../product';
import { seededRandom, type Random } from '../random';
import { keyOf, nextWrite, verify, type KillTotals, type State } from './write-ledger';
import { copyDataDir, lookInside } from '../vault-files';

/** The most writes acknowledged before the kill; the number is drawn from the seed. */
const MAX_WRITES_BEFORE_KILL = 40;
/** How often the writer locks and signs in again: lock checkpoints the WAL into the file. */
const LOCK_SHARE = 0.05;

async function openAndSignIn(dataDir: string): Promise<ServeProcess> {
  const serve = await startServe(dataDir);
  if (!isRunning(serve)) throw new Error(`serve did not start: ${serve.stderr.trim()}`);
  await must(serve, 'logIn', ADMIN);
  return serve;
}

/**
 * When to kill: after `afterWrites` acknowledged writes, `fraction` of one write's round trip
 * into the next, so the kill lands inside a write on a fast machine and a slow one alike.
 */
interface KillMoment {
  afterWrites: number;
  fraction: number;
}

/** Writes until the kill lands; returns how many writes were acknowledged. */
async function writeUntilKilled(
  serve: ServeProcess,
  state: State,
  random: Random,
  moment: KillMoment,
  run: number,
  context: ScenarioContext,
): Promise<number> {
  let count = 0;
  let lastWriteMs = 20;
  const armKill = () =>
    setTimeout(() => void serve.kill('SIGKILL'), Math.floor(moment.fraction * lastWriteMs));
  if (moment.afterWrites === 0) armKill();
  for (;;) {
    if (random.next() < LOCK_SHARE) {
      state.inFlight = null;
      try {
        await must(serve, 'lock', {});
        await must(serve, 'logIn', ADMIN);
      } catch {
        return count; // Killed while locking (checkpointing) or signing in again.
      }
      continue;
    }
    const write = nextWrite(state, random, `r${run}.${count + 1}`);
    state.inFlight = write;
    const sentAt = performance.now();
    let result;
    try {
      result = await serve.call(write.method, write.input);
    } catch {
      return count; // The connection died with the process: this write was not acknowledged.
    }
    if (!result.ok) {
      context.check(false, `${write.method} was refused with ${result.error.code}`);
      return count;
    }
    const value = result.value as { id: number };
    state.acked.set(keyOf(write.kind, value.id), write.name);
    if (write.kind === 'group') {
      state.groupInputs.set(value.id, {
        ...(write.input as Record<string, unknown>),
        name: write.name,
      });
      delete state.groupInputs.get(value.id)!.id;
    }
    state.inFlight = null;
    count += 1;
    lastWriteMs = performance.now() - sentAt;
    if (count === moment.afterWrites) armKill();
  }
}

async function listEverything(serve: ServeProcess) {
  return {
    group: (await must(serve, 'listGroups', {})) as GroupSummary[],
    location: (await must(serve, 'listLocations', {})) as Location[],
  };
}

/**
 * `iterations` scenarios on one data folder: each kills the writer at a seeded random moment,
 * checks the file with `PRAGMA integrity_check`, reopens it through `serve` and signs in, and
 * finds every acknowledged write. `finish` stops the last `serve`.
 */
export function killMidWriteScenarios(
  vault: PreparedVault,
  workDir: string,
  iterations: number,
  seed: number,
  totals: KillTotals,
): { scenarios: Scenario[]; finish(): Promise<void> } {
  const dataDir = path.join(workDir, 'kill-mid-write');
  const state: State = { serve: null, acked: new Map(), groupInputs: new Map(), inFlight: null };
  // Kill moments come from their own stream, so they repeat exactly from the seed.
  const killMoments = seededRandom(seed);

  let isCopied = false;

  /** The first run starts from a copy; a run after a failed one reopens and checks first. */
  async function open(context: ScenarioContext): Promise<ServeProcess> {
    if (state.serve) return state.serve;
    if (isCopied) {
      const serve = await openAndSignIn(dataDir);
      verify(state, await listEverything(serve), context, totals);
      return serve;
    }
    copyDataDir(vault.dir, dataDir);
    isCopied = true;
    const serve = await openAndSignIn(dataDir);
    const listed = await listEverything(serve);
    for (const kind of ['group', 'location'] as const) {
      for (const row of listed[kind]) state.acked.set(keyOf(kind, row.id), row.name);
    }
    return serve;
  }

  const scenarios = Array.from({ length: iterations }, (_, index): Scenario => {
    const run = index + 1;
    return {
      name: `kill -9 mid-write, run ${run} of ${iterations}`,
      async run(context) {
        const serve = await open(context);
        state.serve = null;
        const moment: KillMoment = {
          afterWrites: killMoments.between(0, MAX_WRITES_BEFORE_KILL + 1),
          fraction: killMoments.next(),
        };
        const writes = seededRandom(seed + run);
        const written = await writeUntilKilled(serve, state, writes, moment, run, context);
        const ended = await serve.kill('SIGKILL');
        totals.runs += 1;
        totals.acknowledged += written;
        context.log(
          `killed (${ended.signal ?? ended.code}) ${Math.round(moment.fraction * 100)}% into a write round trip after ${moment.afterWrites} writes: ${written} acknowledged, in flight: ${state.inFlight?.method ?? 'none'}`,
        );

        const { integrity } = lookInside(dataDir, vault.key);
        context.check(integrity === 'ok', `integrity_check after the kill says: ${integrity}`);
        const reopened = await openAndSignIn(dataDir);
        state.serve = reopened;
        const before = totals.lost + totals.phantom;
        const inFlight = verify(state, await listEverything(reopened), context, totals);
        context.log(
          `reopened and signed in: integrity ${integrity}, ${state.acked.size} groups and locations checked, ${totals.lost + totals.phantom - before} lost or unexpected, the write in flight: ${inFlight}`,
        );
      },
    };
  });

  return {
    scenarios,
    async finish() {
      await state.serve?.kill('SIGTERM');
      state.serve = null;
    },
  };
}
