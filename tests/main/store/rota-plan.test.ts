import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../../../main/store/migrate';
import { RotaRepository } from '../../../main/store/rota-repository';
import type { Database } from '../../../main/store/schema';
import { openTempDatabase, type TempDatabase } from '../../support/raw-database';

// A quarter's rota of a large centre must not walk years of sessions (150,000 of them).

describe('the rota query plan', () => {
  let db: TempDatabase;

  beforeAll(async () => {
    db = openTempDatabase();
    await migrateToLatest(db.kysely);
  });

  afterAll(() => db.cleanUp());

  it("reads the period's sessions through the local date index", () => {
    const rota = new RotaRepository(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: db.raw }) }),
    );
    const query = rota.sessionsQuery('2026-12-01', '2027-02-28').compile();
    const plan = (
      db.raw.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.parameters as unknown[])) as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan.some((step) => step.includes('USING INDEX group_session_local_date'))).toBe(true);
    expect(plan.filter((step) => step.startsWith('SCAN s'))).toEqual([]);
  });
});
