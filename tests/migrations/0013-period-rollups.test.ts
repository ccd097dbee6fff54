import { migrations } from '../../migrations';
import { recomputeGroupMonth } from '../../migrations/0013-period-rollups';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';

const beforeRollups = migrations.filter((m) => m.version < 13);
const upToRollups = migrations.filter((m) => m.version <= 13);
const STAMP = '2025-01-01T00:00:00.000Z';

/** Two groups' sessions of every status over three months, some near midnight, some with hours. */
function fill(db: TempDatabase) {
  const run = (query: string, ...values: unknown[]) => db.raw.prepare(query).run(...values);
  for (const id of [1, 2]) {
    run(
      `INSERT INTO support_group (id, name, focus, format, rrule, start_time, duration_minutes,
        start_date, is_open_to_newcomers, status, is_listed_publicly, roster_mode, created_at,
        updated_at) VALUES (?, ?, 'grief', 'in_person', 'FREQ=WEEKLY;BYDAY=TU', '19:00', 90,
        '2025-01-07', 1, 'active', 1, 'anonymous', ?, ?)`,
      id,
      `Group ${id}`,
      STAMP,
      STAMP,
    );
  }
  for (const id of [11, 12, 13]) {
    run(
      `INSERT INTO volunteer (id, first_name, last_name, status, created_at, updated_at)
        VALUES (?, 'Vol', ?, 'active', ?, ?)`,
      id,
      `Number ${id}`,
      STAMP,
      STAMP,
    );
  }
  const closure = run(
    `INSERT INTO closure (starts_on, ends_on, reason, created_at, updated_at)
      VALUES ('2026-02-01', '2026-02-01', 'Snow', ?, ?)`,
    STAMP,
    STAMP,
  ).lastInsertRowid;
  const sessions: [number, string, string, string, number | null, number | null][] = [
    // group, local date, start instant, status, headcount, closure
    [1, '2026-01-31', '2026-01-31T23:30:00.000Z', 'held', 8, null],
    [1, '2026-02-01', '2026-01-31T14:00:00.000Z', 'cancelled', null, Number(closure)],
    [1, '2026-02-10', '2026-02-10T18:00:00.000Z', 'held', 5, null],
    [1, '2026-02-28', '2026-03-01T09:00:00.000Z', 'scheduled', null, null],
    [2, '2026-02-10', '2026-02-10T18:00:00.000Z', 'held', null, null],
    [2, '2026-03-03', '2026-03-03T18:00:00.000Z', 'cancelled', null, null],
  ];
  sessions.forEach(([group, date, startsAt, status, headcount, closureId], index) => {
    run(
      `INSERT INTO group_session (id, group_id, starts_at, ends_at, local_date, local_start,
        status, closure_id, headcount, newcomers, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, '09:00', ?, ?, ?, ?, ?, ?)`,
      index + 1,
      group,
      startsAt,
      new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
      date,
      status,
      closureId,
      headcount,
      headcount === null ? null : 1,
      STAMP,
      STAMP,
    );
  });
  const hours: [number, number, number | null][] = [
    [1, 11, 1.5],
    [1, 12, null],
    [3, 11, 2.25],
    [3, 13, 0.1],
    [4, 12, 3],
    [5, 12, 0.2],
  ];
  for (const [session, volunteer, given] of hours) {
    run(
      `INSERT INTO session_facilitator (session_id, volunteer_id, role, hours, created_at)
        VALUES (?, ?, 'co', ?, ?)`,
      session,
      volunteer,
      given,
      STAMP,
    );
  }
}

const tables = (db: TempDatabase) => ({
  groups: db.raw.prepare('SELECT * FROM period_group_month ORDER BY month, group_id').all(),
  volunteers: db.raw
    .prepare('SELECT * FROM period_volunteer_month ORDER BY month, volunteer_id')
    .all(),
});

describe('migration 0013-period-rollups', () => {
  const dbs: TempDatabase[] = [];
  const open = () => {
    const db = openTempDatabase();
    dbs.push(db);
    return db;
  };

  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.cleanUp();
  });

  it('fills the month tables from a centre’s sessions as its triggers then keep them', async () => {
    const upgraded = open();
    await migrateToLatest(upgraded.kysely, beforeRollups);
    fill(upgraded);
    await migrateToLatest(upgraded.kysely, upToRollups);
    const fresh = open();
    await migrateToLatest(fresh.kysely, upToRollups);
    fill(fresh);
    expect(tables(upgraded)).toEqual(tables(fresh));
    expect(tables(fresh)).toEqual({
      groups: [
        {
          month: '2026-01',
          group_id: 1,
          sessions: 1,
          held: 1,
          cancelled: 0,
          cancelled_by_closure: 0,
          attendance: 8,
          newcomers: 1,
          hour_entries: 1,
          hours: 1.5,
        },
        {
          month: '2026-02',
          group_id: 1,
          sessions: 3,
          held: 1,
          cancelled: 1,
          cancelled_by_closure: 1,
          attendance: 5,
          newcomers: 1,
          hour_entries: 2,
          hours: 2.35,
        },
        {
          month: '2026-02',
          group_id: 2,
          sessions: 1,
          held: 1,
          cancelled: 0,
          cancelled_by_closure: 0,
          attendance: 0,
          newcomers: 0,
          hour_entries: 1,
          hours: 0.2,
        },
        {
          month: '2026-03',
          group_id: 2,
          sessions: 1,
          held: 0,
          cancelled: 1,
          cancelled_by_closure: 0,
          attendance: 0,
          newcomers: 0,
          hour_entries: 0,
          hours: 0,
        },
      ],
      volunteers: [
        { month: '2026-01', volunteer_id: 11, entries: 1 },
        { month: '2026-02', volunteer_id: 11, entries: 1 },
        { month: '2026-02', volunteer_id: 12, entries: 1 },
        { month: '2026-02', volunteer_id: 13, entries: 1 },
      ],
    });
  });

  it('finds a group’s month by the group’s start instants, never by reading every session', async () => {
    const db = open();
    await migrateToLatest(db.kysely, upToRollups);
    const [, insert, hours] = recomputeGroupMonth('?', '?');
    const planOf = (statement: string) =>
      (
        db.raw
          .prepare(`EXPLAIN QUERY PLAN ${statement}`)
          .all(...Array.from(statement.matchAll(/\?/g), (_, i) => (i % 2 ? '2026-02' : 1))) as {
          detail: string;
        }[]
      ).map((step) => step.detail);
    const byStarts =
      'SEARCH s USING INDEX group_session_group (group_id=? AND starts_at>? AND starts_at<?)';
    expect(planOf(insert!)).toEqual([byStarts]);
    expect(planOf(hours!)).toEqual(
      expect.arrayContaining([
        byStarts,
        expect.stringMatching(/^SEARCH sf USING .*INDEX .*\(session_id=\?\)/),
      ]),
    );
    expect(planOf(hours!).join('\n')).not.toMatch(/SCAN (s|sf)\b/);
  });
});
