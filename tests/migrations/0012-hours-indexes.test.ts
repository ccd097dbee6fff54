import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';

const upToHours = migrations.filter((m) => m.version <= 12);

// The hours summary's shape (main/store/hours-repository.ts): held sessions of a period, each
// facilitator's recorded hours, grouped by volunteer.
const PERIOD_TOTALS = `SELECT sf.volunteer_id, count(*), sum(sf.hours)
  FROM session_facilitator AS sf JOIN group_session AS s ON s.id = sf.session_id
  WHERE s.status = ? AND s.local_date >= ? AND s.local_date <= ? AND sf.hours IS NOT NULL
  GROUP BY sf.volunteer_id`;

describe('migration 0012-hours-indexes', () => {
  let db: TempDatabase;

  beforeEach(async () => {
    db = openTempDatabase();
    await migrateToLatest(db.kysely, upToHours);
  });

  afterEach(() => db.cleanUp());

  it('answers a period’s hours from the two indexes alone, reading no table row', () => {
    const plan = (
      db.raw
        .prepare(`EXPLAIN QUERY PLAN ${PERIOD_TOTALS}`)
        .all('held', '2026-01-01', '2026-12-31') as { detail: string }[]
    ).map((step) => step.detail);
    expect(plan).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SEARCH s USING COVERING INDEX group_session_status_date /),
        expect.stringMatching(/^SEARCH sf USING COVERING INDEX session_facilitator_hours /),
      ]),
    );
  });
});
