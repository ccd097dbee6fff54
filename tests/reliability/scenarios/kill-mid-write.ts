// kill -9 while `serve` writes: every acknowledged write must survive, and nothing else appear.
import path from 'node:path';
import { generateDemoData } from '../../../main/demo/generate';
import type { GroupSummary } from '../../../shared/domain/groups';
import type { Location } from '../../../shared/domain/locations';
import type { Scenario, ScenarioContext } from '../harness';
import type { PreparedVault } from '../prepared-vault';
import { ADMIN, isRunning, must, startServe, type ServeProcess } from '../product';
import { seededRandom, type Random } from '../random';
import { copyDataDir, lookInside } from '../vault-files';

type Kind = 'group' | 'location';
type Write =
  | { method: 'createLocation'; kind: 'location'; name: string; input: unknown }
  | { method: 'createGroup'; kind: 'group'; name: string; input: Record<string, unknown> }
  | { method: 'updateGroup'; kind: 'group'; id: number; name: string; input: unknown };

/** The longest a writer runs before the kill; the moment is drawn from the seed. */
const MAX_KILL_AFTER_MS = 500;

export interface KillTotals {
  runs: number;
  acknowledged: number;
  lost: number;
  phantom: number;
}

interface State {
  serve: ServeProcess | null;
  /** `kind:id` → the name its last acknowledged write gave it. */
  acked: Map<string, string>;
  /** The input each acknowledged group was created or last updated with, for updates. */
  groupInputs: Map<number, Record<string, unknown>>;
  inFlight: Write | null;
}

const keyOf = (kind: Kind, id: number) => `${kind}:${id}`;
const DEMO = generateDemoData('large');

function nextWrite(state: State, random: Random, label: string): Write {
  const locationIds = [...state.acked.keys()]
    .filter((key) => key.startsWith('location:'))
    .map((key) => Number(key.slice('location:'.length)));
  const groupIds = [...state.groupInputs.keys()];
  const roll = random.next();
  if (roll < 0.15 || locationIds.length === 0) {
    const location = random.pick(DEMO.locations);
    const name = `${location.name} ${label}`;
    return { method: 'createLocation', kind: 'location', name, input: { ...location, name } };
  }
  if (roll < 0.35 && groupIds.length > 0) {
    const id = random.pick(groupIds);
    const name = `Renamed ${label}`;
    return {
      method: 'updateGroup',
      kind: 'group',
      id,
      name,
      input: { ...state.groupInputs.get(id)!, id, name },
    };
  }
  const { group, locationIndex } = random.pick(DEMO.groups);
  const name = `${group.name} ${label}`;
  const locationId = locationIndex === null ? null : random.pick(locationIds);
  return { method: 'createGroup', kind: 'group', name, input: { ...group, name, locationId } };
}

async function openAndSignIn(dataDir: string): Promise<ServeProcess> {
  const serve = await startServe(dataDir);
  if (!isRunning(serve)) throw new Error(`serve did not start: ${serve.stderr.trim()}`);
  await must(serve, 'logIn', ADMIN);
  return serve;
}

/** Writes until the kill lands; returns how many writes were acknowledged. */
async function writeUntilKilled(
  serve: ServeProcess,
  state: State,
  random: Random,
  run: number,
  context: ScenarioContext,
): Promise<number> {
  let count = 0;
  for (;;) {
    const write = nextWrite(state, random, `r${run}.${count + 1}`);
    state.inFlight = write;
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
  }
}

/** Compares what the reopened product lists with what was acknowledged; adopts a landed in-flight write. */
function verify(
  state: State,
  listed: { group: GroupSummary[]; location: Location[] },
  context: ScenarioContext,
  totals: KillTotals,
): void {
  const inFlight = state.inFlight;
  const found = new Map<string, string>();
  for (const kind of ['group', 'location'] as const) {
    for (const row of listed[kind]) found.set(keyOf(kind, row.id), row.name);
  }
  let lost = 0;
  for (const [key, name] of state.acked) {
    const now = found.get(key);
    const isInFlightUpdate =
      inFlight?.method === 'updateGroup' &&
      key === keyOf('group', inFlight.id) &&
      now === inFlight.name;
    if (now === name) continue;
    if (isInFlightUpdate) {
      state.acked.set(key, inFlight.name);
      continue;
    }
    lost += 1;
    context.check(
      false,
      `acknowledged ${key} "${name}" is ${now === undefined ? 'missing' : `"${now}"`}`,
    );
  }
  const extras = [...found].filter(([key]) => !state.acked.has(key));
  const isInFlightCreate = (key: string, name: string) =>
    inFlight !== null &&
    inFlight.method !== 'updateGroup' &&
    key.startsWith(`${inFlight.kind}:`) &&
    name === inFlight.name;
  if (extras.length === 1 && isInFlightCreate(...extras[0]!)) {
    // The write in flight at the kill had committed: it is durable now, so later runs expect it.
    const [key, name] = extras[0]!;
    state.acked.set(key, name);
    if (inFlight?.method === 'createGroup') {
      state.groupInputs.set(Number(key.slice('group:'.length)), { ...inFlight.input, name });
    }
  } else if (extras.length > 0) {
    totals.phantom += extras.length;
    context.check(false, `rows nobody wrote appeared: ${extras.map(([key]) => key).join(', ')}`);
  }
  totals.lost += lost;
  state.inFlight = null;
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

  async function firstOpen(): Promise<ServeProcess> {
    copyDataDir(vault.dir, dataDir);
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
        const serve = state.serve ?? (await firstOpen());
        state.serve = null;
        const killAfterMs = killMoments.between(0, MAX_KILL_AFTER_MS);
        const writes = seededRandom(seed + run);
        const timer = setTimeout(() => void serve.kill('SIGKILL'), killAfterMs);
        const written = await writeUntilKilled(serve, state, writes, run, context);
        clearTimeout(timer);
        const ended = await serve.kill('SIGKILL');
        totals.runs += 1;
        totals.acknowledged += written;
        context.log(
          `killed (${ended.signal ?? ended.code}) ${killAfterMs} ms into writing: ${written} writes acknowledged, in flight: ${state.inFlight?.method ?? 'none'}`,
        );

        const { integrity } = lookInside(dataDir, vault.key);
        context.check(integrity === 'ok', `integrity_check after the kill says: ${integrity}`);
        const reopened = await openAndSignIn(dataDir);
        state.serve = reopened;
        const before = totals.lost + totals.phantom;
        verify(state, await listEverything(reopened), context, totals);
        context.log(
          `reopened and signed in: integrity ${integrity}, ${state.acked.size} groups and locations checked, ${totals.lost + totals.phantom - before} lost or unexpected`,
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
