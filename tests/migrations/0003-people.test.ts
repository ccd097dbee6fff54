import { sql } from 'kysely';
import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { columnsOf, schemaOf } from '../support/schema';

const upToPeople = migrations.filter((m) => m.version <= 3);
const NOW = '2026-11-30T10:00:00.000Z';

describe('migration 0003-people', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  it('adds volunteers, trainings, completions and group facilitators', async () => {
    await migrateToLatest(db.kysely, upToPeople);
    const tables = schemaOf(db.raw)
      .filter((o) => o.type === 'table')
      .map((o) => o.name);
    expect(tables).toEqual(
      expect.arrayContaining(['volunteer', 'training', 'volunteer_training', 'group_facilitator']),
    );
    expect(columnsOf(db.raw, 'group_facilitator')).toEqual([
      'id',
      'group_id',
      'volunteer_id',
      'role',
      'override_reason',
      'created_at',
    ]);
  });

  it('refuses a facilitator role, a volunteer status or a validity the app does not know', async () => {
    await migrateToLatest(db.kysely, upToPeople);
    const insertVolunteer = (status: string) =>
      sql`INSERT INTO volunteer (first_name, status, created_at, updated_at)
        VALUES ('Ana', ${status}, ${NOW}, ${NOW})`.execute(db.kysely);
    await insertVolunteer('active');
    await expect(insertVolunteer('retired')).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO training (name, validity_months, created_at, updated_at)
        VALUES ('First aid', 0, ${NOW}, ${NOW})`.execute(db.kysely),
    ).rejects.toThrow(/CHECK/);
  });

  it('keeps one assignment per volunteer and group, and never orphans one', async () => {
    await migrateToLatest(db.kysely, upToPeople);
    db.raw.pragma('foreign_keys = ON');
    await sql`INSERT INTO volunteer (first_name, status, created_at, updated_at)
      VALUES ('Ana', 'active', ${NOW}, ${NOW})`.execute(db.kysely);
    await sql`INSERT INTO support_group (name, focus, format, rrule, start_time, duration_minutes,
      start_date, is_open_to_newcomers, status, is_listed_publicly, roster_mode, created_at,
      updated_at) VALUES ('Grief circle', 'grief', 'online', 'FREQ=WEEKLY', '18:00', 60,
      '2026-01-01', 1, 'active', 0, 'anonymous', ${NOW}, ${NOW})`.execute(db.kysely);
    const assign = (role: string) =>
      sql`INSERT INTO group_facilitator (group_id, volunteer_id, role, created_at)
        VALUES (1, 1, ${role}, ${NOW})`.execute(db.kysely);
    await assign('lead');
    await expect(assign('co')).rejects.toThrow(/UNIQUE/);
    await expect(sql`DELETE FROM volunteer WHERE id = 1`.execute(db.kysely)).rejects.toThrow(
      /FOREIGN KEY/,
    );
  });
});
