import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { cloneCentre } from './scale-clone';

const STAMP = '2025-01-01T00:00:00.000Z';

function fill(db: TempDatabase) {
  const run = (query: string, ...values: unknown[]) => db.raw.prepare(query).run(...values);
  run(
    `INSERT INTO support_group (id, name, focus, format, rrule, start_time, duration_minutes,
      start_date, is_open_to_newcomers, status, is_listed_publicly, roster_mode, created_at,
      updated_at) VALUES (1, 'Grief', 'grief', 'in_person', 'FREQ=WEEKLY;BYDAY=TU', '19:00', 90,
      '2025-01-07', 1, 'active', 1, 'anonymous', ?, ?)`,
    STAMP,
    STAMP,
  );
  run(
    `INSERT INTO volunteer (id, first_name, last_name, status, created_at, updated_at)
      VALUES (1, 'Ada', 'Moss', 'active', ?, ?)`,
    STAMP,
    STAMP,
  );
  for (const [id, date] of [
    [1, '2026-02-10'],
    [2, '2026-03-10'],
  ] as const) {
    run(
      `INSERT INTO group_session (id, group_id, starts_at, ends_at, local_date, local_start,
        status, headcount, created_at, updated_at)
        VALUES (?, 1, ?, ?, ?, '18:00', 'held', 6, ?, ?)`,
      id,
      `${date}T18:00:00.000Z`,
      `${date}T19:30:00.000Z`,
      date,
      STAMP,
      STAMP,
    );
    run(
      `INSERT INTO session_facilitator (session_id, volunteer_id, role, hours, created_at)
        VALUES (?, 1, 'lead', 2, ?)`,
      id,
      STAMP,
    );
  }
}

const rowsOf = (db: TempDatabase, table: string) =>
  db.raw.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<string, unknown>[];

describe('the scale clone', () => {
  let db: TempDatabase;

  beforeEach(async () => {
    db = openTempDatabase();
    await migrateToLatest(db.kysely);
    fill(db);
  });

  afterEach(() => db.cleanUp());

  it('copies the month figures with each copy’s groups and volunteers, and keeps their triggers', () => {
    const triggers = () => rowsOf(db, "sqlite_master WHERE type = 'trigger'").map((t) => t.sql);
    const before = triggers();
    cloneCentre(db.raw, 3);
    expect(triggers()).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    const months = rowsOf(db, 'period_group_month');
    expect(months.map((row) => [row.month, row.group_id, row.held, row.hours])).toEqual([
      ['2026-02', 1, 1, 2],
      ['2026-02', 2, 1, 2],
      ['2026-02', 3, 1, 2],
      ['2026-03', 1, 1, 2],
      ['2026-03', 2, 1, 2],
      ['2026-03', 3, 1, 2],
    ]);
    expect(rowsOf(db, 'period_volunteer_month')).toHaveLength(6);
    // The triggers still work on the copies: a copy's session cancelled leaves its month.
    db.raw.prepare(`UPDATE group_session SET status = 'cancelled' WHERE id = 4`).run();
    expect(
      rowsOf(db, 'period_group_month').find((r) => r.group_id === 2 && r.month === '2026-03'),
    ).toEqual(expect.objectContaining({ held: 0, cancelled: 1, hours: 0 }));
  });
});
