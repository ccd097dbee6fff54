import type { ApiCall } from '../core/core-caller';
import { fillWindow } from '../sessions/generate';
import { addDays } from '../../shared/domain/civil-dates';
import {
  MAX_LIST_DAYS,
  SESSION_HORIZON_WEEKS,
  type SessionRow,
} from '../../shared/domain/sessions';
import { drawSizeFactor, type DemoGroupFacts } from './attendance';
import { demoClosures } from './closures';
import { DEMO_SIZES, type DemoData, type DemoSize } from './generate';
import { planIncidents, planParticipants } from './incidents';
import type { DemoWrite } from './load-people';
import { demoFacilitatorAccounts, type FacilitatorAccount } from './facilitator-accounts';
import type { DemoPeople } from './people';
import { seededRandom } from './random';
import { planSessionHistory, type SessionAction } from './session-history';

// A centre's past: sessions generated back over the years by the same service as the horizon,
// then closures, cancellations, moves, extra sessions, records with facilitator hours, rosters
// and a few incidents, each through the API as staff would enter them. One commit per call
// would take many minutes for 150,000 sessions, so the calls run in chunks, each chunk one
// transaction (every call's own transaction a savepoint inside it).

/** Runs `work`, and every API call it makes, as one transaction. */
export type DemoBatch = <T>(work: () => Promise<T>) => Promise<T>;

export interface DemoSessionsTarget {
  call: ApiCall;
  write: DemoWrite;
  batch: DemoBatch;
  /** Who runs the load (signed in again at the end) and the demo accounts' password. */
  username: string;
  password: string;
}

export interface DemoSessionsInput {
  size: DemoSize;
  data: DemoData;
  people: DemoPeople;
  ids: { groupIds: number[]; locationIds: number[]; volunteerIds: number[] };
  today: string;
  timeZone: string;
}

export interface DemoSessionsSummary {
  pastSessions: number;
  closures: number;
  recorded: number;
  incidents: number;
  participants: number;
  facilitatorAccounts: string[];
}

const CHUNK = 2000;
const CALLS_BETWEEN_BREATHS = 100;

/**
 * Lets the event loop turn: better-sqlite3 frees a prepared statement only then, so a load
 * that never yielded would hold every statement it ever prepared (gigabytes at the large size).
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const INCIDENTS_PER_ACCOUNT = { small: 3, large: 12 } as const;

async function inChunks<T>(batch: DemoBatch, items: readonly T[], run: (item: T) => Promise<void>) {
  for (let start = 0; start < items.length; start += CHUNK) {
    await batch(async () => {
      for (const [i, item] of items.slice(start, start + CHUNK).entries()) {
        await run(item);
        if (i % CALLS_BETWEEN_BREATHS === 0) await breathe();
      }
    });
  }
}

/** Every session from `from` to `to`, a year per call (the API's longest list). */
async function listAll(call: ApiCall, from: string, to: string): Promise<SessionRow[]> {
  const rows: SessionRow[] = [];
  for (let start = from; start <= to; start = addDays(start, MAX_LIST_DAYS + 1)) {
    const end = addDays(start, MAX_LIST_DAYS);
    rows.push(...(await call('listSessions', { from: start, to: end < to ? end : to })));
  }
  return rows;
}

/** Runs one action; returns the id of the session it recorded, if any. */
async function runAction(call: ApiCall, action: SessionAction): Promise<number | null> {
  switch (action.kind) {
    case 'cancel':
      await call('cancelSession', action.input);
      return null;
    case 'record':
      await call('recordSession', action.input);
      return action.input.id;
    case 'move':
    case 'extra': {
      const session =
        action.kind === 'move'
          ? await call('moveSession', action.input)
          : await call('addExtraSession', action.input);
      // Moved or added into a closure, it is cancelled with the closure's reason: no record.
      if (session.status === 'cancelled') return null;
      await call('recordSession', { id: session.id, ...action.record });
      return session.id;
    }
  }
}

export async function loadDemoSessions(
  target: DemoSessionsTarget,
  input: DemoSessionsInput,
  seed = 20261201,
): Promise<DemoSessionsSummary> {
  const { call, batch } = target;
  const { data, people, ids, today, timeZone } = input;
  const random = seededRandom(seed);
  const weeks = DEMO_SIZES[input.size].historyWeeks;
  const starts = data.groups.map((g) => g.group.startDate!).sort();
  const from = weeks === null ? starts[0]! : addDays(today, -7 * weeks);
  const yesterday = addDays(today, -1);
  // A year per transaction, breathing between them (see `breathe`).
  for (let start = from; start <= yesterday; start = addDays(start, 366)) {
    const end = addDays(start, 365) < yesterday ? addDays(start, 365) : yesterday;
    await target.write({ action: 'generate', entity: 'session' }, async (repos) => {
      await fillWindow(repos, timeZone, { from: start, to: end });
    });
    await breathe();
  }

  const horizonEnd = addDays(today, 7 * SESSION_HORIZON_WEEKS.default);
  const closures = demoClosures(random, { from, today, horizonEnd }, ids.locationIds);
  await inChunks(batch, closures, async (closure) => void (await call('createClosure', closure)));

  // Named rosters first: records tick who came.
  const facts = new Map<number, DemoGroupFacts>();
  const withdrawals: { groupId: number; id: number; withdrawnOn: string }[] = [];
  await batch(async () => {
    for (const [index, { group }] of data.groups.entries()) {
      const groupId = ids.groupIds[index]!;
      const participants: DemoGroupFacts['participants'] = [];
      const rosterFrom = group.startDate! > from ? group.startDate! : from;
      const roster = group.rosterMode === 'named_with_consent' && group.status === 'active';
      for (const person of roster ? planParticipants(random, rosterFrom, today) : []) {
        const { name, consentOn, withdrawnOn } = person;
        const { id } = await call('addParticipant', { groupId, name, consentOn });
        participants.push({ id, consentOn, withdrawnOn });
        if (withdrawnOn) withdrawals.push({ groupId, id, withdrawnOn });
      }
      facts.set(groupId, {
        groupId,
        focus: group.focus,
        format: group.format,
        capacity: group.capacity ?? null,
        isOpenToNewcomers: group.isOpenToNewcomers ?? true,
        sizeFactor: drawSizeFactor(random),
        facilitators: people.facilitators
          .filter((f) => f.groupIndex === index)
          .map((f) => ({ volunteerId: ids.volunteerIds[f.volunteerIndex]!, role: f.role })),
        participants,
      });
    }
  });

  const past = await listAll(call, from, yesterday);
  const actions = planSessionHistory(random, past, facts, today);
  const held = new Set<number>();
  await inChunks(batch, actions, async (action) => {
    const id = await runAction(call, action);
    if (id !== null) held.add(id);
  });
  await inChunks(
    batch,
    withdrawals,
    async (w) => void (await call('withdrawParticipantConsent', w)),
  );

  const accounts = await demoFacilitatorAccounts(call, input, target.password);
  const incidents = await fileIncidents(target, input, accounts, past, held);
  return {
    pastSessions: past.length,
    closures: closures.length,
    recorded: held.size,
    incidents,
    participants: [...facts.values()].reduce((n, g) => n + g.participants.length, 0),
    facilitatorAccounts: accounts.map((a) => a.username),
  };
}

/**
 * Each facilitator account files a few incidents from its own groups' held sessions, spread
 * over the years; then staff follow them up.
 */
async function fileIncidents(
  target: DemoSessionsTarget,
  input: DemoSessionsInput,
  accounts: readonly FacilitatorAccount[],
  past: readonly SessionRow[],
  held: ReadonlySet<number>,
): Promise<number> {
  const { call, password } = target;
  const random = seededRandom(input.today.length + accounts.length);
  const filed: { id: number; updates: { status: 'actioned' | 'closed'; note: string }[] }[] = [];
  for (const account of accounts) {
    const candidates = past.filter((row) => held.has(row.id) && account.groupIds.has(row.groupId));
    const count = Math.min(candidates.length, INCIDENTS_PER_ACCOUNT[input.size]);
    if (count === 0) continue;
    const step = candidates.length / count;
    const chosen = Array.from({ length: count }, (_, i) => candidates[Math.floor(i * step)]!);
    chosen[count - 1] = candidates.at(-1)!;
    const plans = planIncidents(
      random,
      chosen.map((row) => row.localDate),
      input.today,
    );
    await call('logIn', { username: account.username, password });
    for (const [i, plan] of plans.entries()) {
      const incident = await call('fileIncident', { sessionId: chosen[i]!.id, ...plan.file });
      filed.push({ id: incident.id, updates: plan.updates });
    }
  }
  // Back as the one running the load, who follows the incidents up as a coordinator would.
  await call('logIn', { username: target.username, password });
  for (const { id, updates } of filed) {
    for (const update of updates) await call('updateIncident', { id, ...update });
  }
  return filed.length;
}
