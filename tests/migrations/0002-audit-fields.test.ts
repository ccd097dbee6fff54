import { sql } from 'kysely';
import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { columnsOf } from '../support/schema';

const upToAuditFields = migrations.filter((m) => m.version <= 2);

describe('migration 0002-audit-fields', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  it('adds the changed-field names to the audit log and gives older entries an empty list', async () => {
    await migrateToLatest(
      db.kysely,
      migrations.filter((m) => m.version === 1),
    );
    await sql`INSERT INTO audit_log (at, user_id, action, entity, entity_id)
      VALUES ('2026-11-30T10:00:00.000Z', NULL, 'create', 'group', 1)`.execute(db.kysely);

    await migrateToLatest(db.kysely, upToAuditFields);

    expect(columnsOf(db.raw, 'audit_log')).toContain('fields');
    expect(db.raw.prepare('SELECT fields FROM audit_log').all()).toEqual([{ fields: '[]' }]);
  });
});
