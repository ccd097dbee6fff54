import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../../../main/store/migrate';
import type { Database } from '../../../main/store/schema';
import { Repositories } from '../../../main/store/store';
import { registerTextFunctions } from '../../../main/store/text-functions';
import {
  wholeMonthsOf,
  type HoursCountRow,
  type SessionCountRow,
} from '../../../shared/domain/funder-report';
import { addDays } from '../../../shared/domain/civil-dates';
import { openTempDatabase, type TempDatabase } from '../../support/raw-database';
import { numbers, startOf, STAMP, writer } from './random-writes';

// The funder report's figures come from a few grouped queries shaped for speed (a covering
// index, facilitator rows read in session order). Here they must add up to exactly what a plain
// walk over every stored row finds: a few hundred sessions of each status, some cancelled by a
// closure, some ended but still scheduled, facilitators with and without hours, on both sides
// of the period's ends, stored in an order that is not the order of their dates.

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const NOW = '2026-10-15T12:00:00.000Z';

interface StoredSession {
  id: number;
  groupId: number;
  localDate: string;
  startsAt: string;
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
      const startsAt = startOf(localDate, next(47) - 23);
      sessions.push({
        id,
        groupId,
        localDate,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
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

type Period = { from: string; to: string };
const within = (period: Period) => (s: StoredSession) =>
  s.localDate >= period.from && s.localDate <= period.to;
const inPeriod = within(PERIOD);
const keyOf = (row: { groupId: number; month: string }) => `${row.groupId} ${row.month}`;
const byKey = (a: { groupId: number; month: string }, b: { groupId: number; month: string }) =>
  keyOf(a).localeCompare(keyOf(b));

function expectedSessionCounts(
  sessions: readonly StoredSession[],
  period: Period = PERIOD,
): SessionCountRow[] {
  const rows = new Map<string, SessionCountRow>();
  for (const s of sessions.filter(within(period))) {
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

function expectedHours(
  sessions: readonly StoredSession[],
  facilitators: readonly StoredFacilitator[],
  period: Period = PERIOD,
) {
  const isIn = within(period);
  const held = new Map(
    sessions.filter((s) => isIn(s) && s.status === 'held').map((s) => [s.id, s]),
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
          s.startsAt,
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

  it('reads whole months from the month tables, and the days of the others, as a walk does', async () => {
    for (const period of PERIODS) {
      await expectFiguresOfWalk(repos, storedRows(db), period);
    }
    // The year is whole months: read from the month tables, not from the sessions.
    expect(wholeMonthsOf(PERIOD)).toEqual({
      wholeMonths: { first: '2026-01', last: '2026-12' },
      partial: [],
    });
  });

  it('keeps the month tables right through every kind of write to sessions and hours', async () => {
    const write = writer(db.raw, numbers(11));
    for (let round = 0; round < 6; round += 1) {
      for (let step = 0; step < 60; step += 1) write();
      const stored = storedRows(db);
      for (const period of PERIODS) await expectFiguresOfWalk(repos, stored, period);

      expect(volunteerMonths(db)).toEqual(expectedVolunteerMonths(stored));
    }
    expect(write.done()).toEqual(expect.objectContaining({ moved: expect.any(Number) }));
    for (const count of Object.values(write.done())) expect(count).toBeGreaterThan(0);
  });
});

/** Whole years, a quarter, months cut at both ends, one month in part, one day. */
const PERIODS: readonly Period[] = [
  PERIOD,
  { from: '2025-12-01', to: '2027-02-28' },
  { from: '2026-04-01', to: '2026-06-30' },
  { from: '2026-01-15', to: '2026-11-20' },
  { from: '2026-02-28', to: '2026-03-01' },
  { from: '2026-05-03', to: '2026-05-27' },
  { from: '2026-07-31', to: '2026-09-30' },
  { from: '2026-10-01', to: '2026-10-01' },
];

async function expectFiguresOfWalk(
  repos: Repositories,
  stored: { sessions: StoredSession[]; facilitators: StoredFacilitator[] },
  period: Period,
) {
  const figures = await repos.funderReport.figures(period, NOW);
  const hours = expectedHours(stored.sessions, stored.facilitators, period);
  expect({ period, sessions: [...figures.sessions].sort(byKey) }).toEqual({
    period,
    sessions: expectedSessionCounts(stored.sessions, period),
  });
  expect({ period, hours: roundedHours(figures.hours) }).toEqual({
    period,
    hours: roundedHours(hours.byGroupAndMonth),
  });
  expect({ period, volunteers: figures.volunteersGivingTime }).toEqual({
    period,
    volunteers: hours.volunteers,
  });
}

/**
 * Each month's volunteers with hours, and in how many held sessions: the figures behind "who
 * gave time", checked row by row (a period's count of them hides a wrong month).
 */
function expectedVolunteerMonths(stored: ReturnType<typeof storedRows>): string[] {
  const held = new Map(stored.sessions.filter((s) => s.status === 'held').map((s) => [s.id, s]));
  const entries = new Map<string, number>();
  for (const f of stored.facilitators) {
    const session = held.get(f.sessionId);
    if (!session || f.hours === null) continue;
    const key = `${session.localDate.slice(0, 7)} ${f.volunteerId}`;
    entries.set(key, (entries.get(key) ?? 0) + 1);
  }
  return [...entries].map(([key, n]) => `${key} ${n}`).sort();
}

const volunteerMonths = (db: TempDatabase) =>
  (
    db.raw
      .prepare('SELECT month, volunteer_id AS id, entries FROM period_volunteer_month')
      .all() as { month: string; id: number; entries: number }[]
  )
    .map((row) => `${row.month} ${row.id} ${row.entries}`)
    .sort();

/** What the database holds now, in the walk's shape. */
function storedRows(db: TempDatabase) {
  const sessions = db.raw
    .prepare(
      `SELECT id, group_id AS groupId, local_date AS localDate, starts_at AS startsAt,
        ends_at AS endsAt, status, closure_id AS closureId, headcount, newcomers
      FROM group_session`,
    )
    .all() as StoredSession[];
  const facilitators = db.raw
    .prepare(
      'SELECT session_id AS sessionId, volunteer_id AS volunteerId, hours FROM session_facilitator',
    )
    .all() as StoredFacilitator[];
  return { sessions, facilitators };
}
