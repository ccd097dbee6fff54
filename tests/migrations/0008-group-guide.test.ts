import { sql } from 'kysely';
import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { columnsOf } from '../support/schema';

const beforeGuide = migrations.filter((m) => m.version < 8);
const upToGuide = migrations.filter((m) => m.version <= 8);

describe('migration 0008-group-guide', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  it('gives every group a facilitator guide, empty for the groups already there', async () => {
    await migrateToLatest(db.kysely, beforeGuide);
    await sql`INSERT INTO support_group (name, focus, format, rrule, start_time, duration_minutes,
        start_date, is_open_to_newcomers, status, is_listed_publicly, roster_mode, created_at,
        updated_at)
      VALUES ('Grief Café', 'grief', 'online', 'FREQ=WEEKLY;BYDAY=TU', '19:00', 90, '2026-01-06',
        1, 'active', 0, 'anonymous', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(
      db.kysely,
    );

    await migrateToLatest(db.kysely, upToGuide);

    expect(columnsOf(db.raw, 'support_group')).toContain('facilitator_guide');
    expect(db.raw.prepare('SELECT name, facilitator_guide FROM support_group').all()).toEqual([
      { name: 'Grief Café', facilitator_guide: '' },
    ]);
  });
});
