import { sql } from 'kysely';
import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { columnsOf } from '../support/schema';

const beforeChoice = migrations.filter((m) => m.version < 10);
const upToChoice = migrations.filter((m) => m.version <= 10);

describe('migration 0010-group-online-publish', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  it('keeps the online link of every group already there out of the public data', async () => {
    await migrateToLatest(db.kysely, beforeChoice);
    await sql`INSERT INTO support_group (name, focus, format, online_link, rrule, start_time,
        duration_minutes, start_date, is_open_to_newcomers, status, is_listed_publicly,
        roster_mode, created_at, updated_at)
      VALUES ('Grief Café', 'grief', 'online', 'https://meet.example.org/grief',
        'FREQ=WEEKLY;BYDAY=TU', '19:00', 90, '2026-01-06', 1, 'active', 1, 'anonymous',
        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(db.kysely);

    await migrateToLatest(db.kysely, upToChoice);

    expect(columnsOf(db.raw, 'support_group')).toContain('is_online_link_public');
    expect(db.raw.prepare('SELECT name, is_online_link_public FROM support_group').all()).toEqual([
      { name: 'Grief Café', is_online_link_public: 0 },
    ]);
  });

  it('refuses a value that is not a yes or a no', async () => {
    await migrateToLatest(db.kysely, upToChoice);
    const insert = sql`INSERT INTO support_group (name, focus, format, rrule, start_time,
        duration_minutes, start_date, is_open_to_newcomers, status, is_listed_publicly,
        roster_mode, created_at, updated_at, is_online_link_public)
      VALUES ('Grief Café', 'grief', 'online', 'FREQ=WEEKLY;BYDAY=TU', '19:00', 90,
        '2026-01-06', 1, 'active', 1, 'anonymous', '2026-01-01T00:00:00.000Z',
        '2026-01-01T00:00:00.000Z', 2)`;
    await expect(insert.execute(db.kysely)).rejects.toThrow(/CHECK constraint/);
  });
});
