// What the kill -9 writer sent and had acknowledged, and the check of it after a reopen.
import { generateDemoData } from '../../../main/demo/generate';
import type { GroupSummary } from '../../../shared/domain/groups';
import type { Location } from '../../../shared/domain/locations';
import type { ScenarioContext } from '../harness';
import type { ServeProcess } from '../product';
import type { Random } from '../random';

export type Kind = 'group' | 'location';
export type Write =
  | { method: 'createLocation'; kind: 'location'; name: string; input: unknown }
  | { method: 'createGroup'; kind: 'group'; name: string; input: Record<string, unknown> }
  | { method: 'updateGroup'; kind: 'group'; id: number; name: string; input: unknown };

export interface KillTotals {
  runs: number;
  acknowledged: number;
  lost: number;
  phantom: number;
}

export interface State {
  serve: ServeProcess | null;
  /** `kind:id` → the name its last acknowledged write gave it. */
  acked: Map<string, string>;
  /** The input each acknowledged group was created or last updated with, for updates. */
  groupInputs: Map<number, Record<string, unknown>>;
  inFlight: Write | null;
}

export const keyOf = (kind: Kind, id: number) => `${kind}:${id}`;
const DEMO = generateDemoData('large');

export function nextWrite(state: State, random: Random, label: string): Write {
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

/**
 * Compares what the reopened product lists with what was acknowledged, and adopts the write
 * that was in flight if it landed. Returns what became of that write, for the log.
 */
export function verify(
  state: State,
  listed: { group: GroupSummary[]; location: Location[] },
  context: ScenarioContext,
  totals: KillTotals,
): 'landed' | 'not landed' | 'none' {
  const inFlight = state.inFlight;
  const found = new Map<string, string>();
  for (const kind of ['group', 'location'] as const) {
    for (const row of listed[kind]) found.set(keyOf(kind, row.id), row.name);
  }
  let lost = 0;
  let isInFlightLanded = false;
  for (const [key, name] of state.acked) {
    const now = found.get(key);
    const isInFlightUpdate =
      inFlight?.method === 'updateGroup' &&
      key === keyOf('group', inFlight.id) &&
      now === inFlight.name;
    if (now === name) continue;
    if (isInFlightUpdate) {
      state.acked.set(key, inFlight.name);
      isInFlightLanded = true;
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
    isInFlightLanded = true;
    if (inFlight?.method === 'createGroup') {
      state.groupInputs.set(Number(key.slice('group:'.length)), { ...inFlight.input, name });
    }
  } else if (extras.length > 0) {
    totals.phantom += extras.length;
    context.check(false, `rows nobody wrote appeared: ${extras.map(([key]) => key).join(', ')}`);
  }
  totals.lost += lost;
  state.inFlight = null;
  return inFlight === null ? 'none' : isInFlightLanded ? 'landed' : 'not landed';
}
