import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../../../main/store/migrate';
import type { Database } from '../../../main/store/schema';
import { Repositories } from '../../../main/store/store';
import { registerTextFunctions } from '../../../main/store/text-functions';
import type { HoursCountRow, SessionCountRow } from '../../../shared/domain/funder-report';
import { addDays } from '../../../shared/domain/civil-dates';
import { openTempDatabase, type TempDatabase } from '../../support/raw-database';

// The funder report's figures come from a few grouped queries shaped for speed (a covering
// index, facilitator rows read in session order). Here they must add up to exactly what a plain
// walk over every stored row finds: a few hundred sessions of each status, some cancelled by a
// closure, some ended but still scheduled, facilitators with and without hours, on both sides
// of the period's ends, stored in an order that is not the order of their dates.

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const NOW = '2026-10-15T12:00:00.000Z';
const STAMP = '2025-01-01T00:00:00.000Z';

interface StoredSession {
  id: number;
  groupId: number;
  localDate: string;
  endsAt: string;
  status: 'scheduled' | 'held' | 'cancelled';
  closureId: number | null;
  headcount: number | null;
  newcomers: number | null;
}

interface StoredFacilitator {
  sessionId: number;
  volunteerId: number;
  hours: number | null;
}

/** A small deterministic generator: the same rows on every run. */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

function makeRows(groupIds: readonly number[], volunteerIds: readonly number[], closureId: number) {
  const next = numbers(7);
  const sessions: StoredSession[] = [];
  const facilitators: StoredFacilitator[] = [];
  // Ids handed out in a shuffled order of dates, as a merged or cloned centre would have them.
  const days = Array.from({ length: 430 }, (_, day) => addDays('2025-12-01', day));
  for (let i = days.length - 1; i > 0; i -= 1) {
    const j = next(i + 1);
    [days[i], days[j]] = [days[j]!, days[i]!];
  }
  let id = 1000;
  for (const localDate of days) {
    for (const groupId of groupIds) {
      if (next(3) === 0) continue;
      id += 1 + next(5);
      const roll = next(10);
      const status = roll < 5 ? 'held' : roll < 7 ? 'cancelled' : 'scheduled';
      const headcount = status === 'held' && next(4) > 0 ? next(12) : null;
      sessions.push({
        id,
        groupId,
        localDate,
        endsAt: `${localDate}T${next(2) === 0 ? '11' : '20'}:30:00.000Z`,
        status,
        closureId: status === 'cancelled' && next(2) === 0 ? closureId : null,
        headcount,
        newcomers: headcount === null || next(3) === 0 ? null : next(headcount + 1),
      });
      for (const volunteerId of volunteerIds) {
        if (next(3) > 0) continue;
        const hours = next(4) === 0 ? null : [0, 0.5, 1.25, 2.1, 3][next(5)]!;
        facilitators.push({ sessionId: id, volunteerId, hours });
      }
    }
  }
  return { sessions, facilitators };
}

const inPeriod = (s: StoredSession) => s.localDate >= PERIOD.from && s.localDate <= PERIOD.to;
const keyOf = (row: { groupId: number; month: string }) => `${row.groupId} ${row.month}`;
const byKey = (a: { groupId: number; month: string }, b: { groupId: number; month: string }) =>
  keyOf(a).localeCompare(keyOf(b));

function expectedSessionCounts(sessions: readonly StoredSession[]): SessionCountRow[] {
  const rows = new Map<string, SessionCountRow>();
  for (const s of sessions.filter(inPeriod)) {
    const month = s.localDate.slice(0, 7);
    const row = rows.get(keyOf({ groupId: s.groupId, month })) ?? {
      groupId: s.groupId,
      month,
      held: 0,
      cancelled: 0,
      cancelledByClosure: 0,
      unrecorded: 0,
      attendance: 0,
      newcomers: 0,
    };
    if (s.status === 'held') {
      row.held += 1;
      row.attendance += s.headcount ?? 0;
      row.newcomers += s.newcomers ?? 0;
    }
    if (s.status === 'cancelled') row.cancelled += 1;
    if (s.status === 'cancelled' && s.closureId !== null) row.cancelledByClosure += 1;
    if (s.status === 'scheduled' && s.endsAt <= NOW) row.unrecorded += 1;
    rows.set(keyOf(row), row);
  }
  return [...rows.values()].sort(byKey);
}

function expectedHours(sessions: readonly StoredSession[], facilitators: StoredFacilitator[]) {
  const held = new Map(
    sessions.filter((s) => inPeriod(s) && s.status === 'held').map((s) => [s.id, s]),
  );
  const rows = new Map<string, HoursCountRow>();
  const volunteers = new Set<number>();
  for (const f of facilitators) {
    const session = held.get(f.sessionId);
    if (!session || f.hours === null) continue;
    volunteers.add(f.volunteerId);
    const month = session.localDate.slice(0, 7);
    const row = rows.get(keyOf({ groupId: session.groupId, month })) ?? {
      groupId: session.groupId,
      month,
      hours: 0,
    };
    row.hours += f.hours;
    rows.set(keyOf(row), row);
  }
  return { byGroupAndMonth: [...rows.values()].sort(byKey), volunteers: volunteers.size };
}

/** Sums in another order differ in the last bits; the report rounds far above that. */
const roundedHours = (rows: readonly HoursCountRow[]) =>
  [...rows].sort(byKey).map((row) => ({ ...row, hours: Math.round(row.hours * 1e6) / 1e6 }));

describe("the funder report's figures", () => {
  let db: TempDatabase;
  let repos: Repositories;
  let rows: ReturnType<typeof makeRows>;

  beforeAll(async () => {
    db = openTempDatabase();
    registerTextFunctions(db.raw);
    await migrateToLatest(db.kysely);
    const groupIds = [3, 5, 8];
    const volunteerIds = [11, 12, 13, 14, 15];
    const insertGroup = db.raw.prepare(`INSERT INTO support_group (id, name, focus, format, rrule,
        start_time, duration_minutes, start_date, is_open_to_newcomers, status, is_listed_publicly,
        roster_mode, created_at, updated_at)
      VALUES (?, ?, 'grief', 'in_person', 'FREQ=WEEKLY;BYDAY=TU', '19:00', 90, '2025-01-07', 1,
        'active', 1, 'anonymous', ?, ?)`);
    const insertVolunteer = db.raw.prepare(`INSERT INTO volunteer (id, first_name, last_name,
        status, created_at, updated_at) VALUES (?, 'Vol', ?, 'active', ?, ?)`);
    const insertSession = db.raw.prepare(`INSERT INTO group_session (id, group_id, starts_at,
        ends_at, local_date, local_start, status, closure_id, headcount, newcomers, created_at,
        updated_at) VALUES (?, ?, ?, ?, ?, '09:00', ?, ?, ?, ?, ?, ?)`);
    const insertFacilitator = db.raw.prepare(`INSERT INTO session_facilitator (session_id,
        volunteer_id, role, hours, created_at) VALUES (?, ?, 'co', ?, ?)`);
    db.raw.transaction(() => {
      for (const id of groupIds) insertGroup.run(id, `Group ${id}`, STAMP, STAMP);
      for (const id of volunteerIds) insertVolunteer.run(id, `Number ${id}`, STAMP, STAMP);
      const closure = db.raw
        .prepare(
          `INSERT INTO closure (starts_on, ends_on, reason, created_at, updated_at)
          VALUES ('2026-03-30', '2026-04-02', 'Easter', ?, ?)`,
        )
        .run(STAMP, STAMP);
      rows = makeRows(groupIds, volunteerIds, Number(closure.lastInsertRowid));
      for (const s of rows.sessions) {
        insertSession.run(
          s.id,
          s.groupId,
          `${s.localDate}T09:00:00.000Z`,
          s.endsAt,
          s.localDate,
          s.status,
          s.closureId,
          s.headcount,
          s.newcomers,
          STAMP,
          STAMP,
        );
      }
      for (const f of rows.facilitators) {
        insertFacilitator.run(f.sessionId, f.volunteerId, f.hours, STAMP);
      }
    })();
    repos = new Repositories(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: db.raw }) }),
      Buffer.alloc(32),
    );
  });

  afterAll(() => db.cleanUp());

  it('has data of every kind on both sides of the period', () => {
    const statuses = new Set(rows.sessions.filter(inPeriod).map((s) => s.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'held', 'scheduled']);
    expect(rows.sessions.some((s) => s.localDate < PERIOD.from)).toBe(true);
    expect(rows.sessions.some((s) => s.localDate > PERIOD.to)).toBe(true);
    expect(rows.sessions.filter(inPeriod).length).toBeGreaterThan(500);
    expect(rows.facilitators.some((f) => f.hours === null)).toBe(true);
  });

  it('counts the sessions of each group and month as a walk over every session does', async () => {
    const counted = await repos.funderReport.sessionCounts(PERIOD, NOW);
    expect([...counted].sort(byKey)).toEqual(expectedSessionCounts(rows.sessions));
  });

  it('adds up the hours of each group and month, and who gave them, as a walk does', async () => {
    const expected = expectedHours(rows.sessions, rows.facilitators);
    expect(roundedHours(await repos.hours.byGroupAndMonth(PERIOD))).toEqual(
      roundedHours(expected.byGroupAndMonth),
    );
    expect(await repos.hours.volunteersWithHours(PERIOD)).toBe(expected.volunteers);
    expect(expected.volunteers).toBeGreaterThan(1);
  });
});
