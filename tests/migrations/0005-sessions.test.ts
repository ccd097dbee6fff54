import { sql } from 'kysely';
import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { schemaOf } from '../support/schema';

const upToSessions = migrations.filter((m) => m.version <= 5);
const NOW = '2026-11-30T10:00:00.000Z';

describe('migration 0005-sessions', () => {
  let db: TempDatabase;

  beforeEach(async () => {
    db = openTempDatabase();
    await migrateToLatest(db.kysely, upToSessions);
    db.raw.pragma('foreign_keys = ON');
    await sql`INSERT INTO support_group (name, focus, format, rrule, start_time, duration_minutes,
      start_date, is_open_to_newcomers, status, is_listed_publicly, roster_mode, created_at,
      updated_at) VALUES ('Grief circle', 'grief', 'online', 'FREQ=WEEKLY;BYDAY=TU', '18:30', 90,
      '2026-01-06', 1, 'active', 0, 'anonymous', ${NOW}, ${NOW})`.execute(db.kysely);
  });

  afterEach(() => db.cleanUp());

  const insertSession = (
    date: string | null,
    extra: { headcount?: number; newcomers?: number } = {},
  ) =>
    sql`INSERT INTO group_session (group_id, occurrence_date, starts_at, ends_at, local_date,
      local_start, headcount, newcomers, created_at, updated_at)
      VALUES (1, ${date}, '2026-12-01T18:30:00.000Z', '2026-12-01T20:00:00.000Z', '2026-12-01',
      '18:30', ${extra.headcount ?? null}, ${extra.newcomers ?? null}, ${NOW}, ${NOW})`.execute(
      db.kysely,
    );

  it('adds sessions, closures, session facilitators, rosters, attendance and incidents', () => {
    const tables = schemaOf(db.raw)
      .filter((o) => o.type === 'table')
      .map((o) => o.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'group_session',
        'closure',
        'session_facilitator',
        'participant',
        'attendance',
        'incident',
        'incident_note',
      ]),
    );
  });

  it('keeps one session per group and schedule date, and any number of extra ones', async () => {
    await insertSession('2026-12-01');
    await expect(insertSession('2026-12-01')).rejects.toThrow(/UNIQUE/);
    await insertSession(null);
    await insertSession(null);
  });

  it('refuses negative counts and more newcomers than people', async () => {
    await expect(insertSession('2026-12-01', { headcount: -1 })).rejects.toThrow(/CHECK/);
    await expect(insertSession('2026-12-01', { headcount: 3, newcomers: 4 })).rejects.toThrow(
      /CHECK/,
    );
    await insertSession('2026-12-01', { headcount: 4, newcomers: 4 });
  });

  it('refuses a closure that ends before it starts, and a session of a group that does not exist', async () => {
    await expect(
      sql`INSERT INTO closure (starts_on, ends_on, reason, created_at, updated_at)
        VALUES ('2026-12-26', '2026-12-24', 'Holiday', ${NOW}, ${NOW})`.execute(db.kysely),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO group_session (group_id, starts_at, ends_at, local_date, local_start,
        created_at, updated_at) VALUES (99, '2026-12-01T18:30:00Z', '2026-12-01T20:00:00Z',
        '2026-12-01', '18:30', ${NOW}, ${NOW})`.execute(db.kysely),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
