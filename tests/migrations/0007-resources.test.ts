import { sql } from 'kysely';
import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { schemaOf } from '../support/schema';

const upToResources = migrations.filter((m) => m.version <= 7);
const NOW = '2026-11-30T10:00:00.000Z';

describe('migration 0007-resources', () => {
  let db: TempDatabase;

  beforeEach(async () => {
    db = openTempDatabase();
    await migrateToLatest(db.kysely, upToResources);
  });

  afterEach(() => db.cleanUp());

  it('adds the resource table, with empty text and no crisis line by default', async () => {
    expect(
      schemaOf(db.raw)
        .filter((o) => o.type === 'table')
        .map((o) => o.name),
    ).toContain('resource');
    await sql`INSERT INTO resource (name, created_at, updated_at)
      VALUES ('Food bank', ${NOW}, ${NOW})`.execute(db.kysely);
    expect(db.raw.prepare('SELECT * FROM resource').get()).toEqual({
      id: 1,
      name: 'Food bank',
      purpose: '',
      phone: '',
      hours: '',
      address: '',
      website: '',
      is_crisis_line: 0,
      removed_at: null,
      created_at: NOW,
      updated_at: NOW,
    });
  });

  it('refuses a crisis-line flag that is not 0 or 1, and a resource without a name', async () => {
    await expect(
      sql`INSERT INTO resource (name, is_crisis_line, created_at, updated_at)
        VALUES ('Samaritans', 2, ${NOW}, ${NOW})`.execute(db.kysely),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO resource (created_at, updated_at) VALUES (${NOW}, ${NOW})`.execute(db.kysely),
    ).rejects.toThrow(/NOT NULL/);
  });
});
