import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';

const beforeIndex = migrations.filter((m) => m.version < 12);
const upToIndex = migrations.filter((m) => m.version <= 12);

// The funder report's shapes (main/store/funder-report-repository.ts, hours-repository.ts): a
// period's sessions of every status per group and month, and the held ones' ids and groups.
const SESSION_FIGURES = `SELECT group_id, substr(local_date, 1, 7), SUM(status = 'held'),
    SUM(status = 'cancelled' AND closure_id IS NOT NULL), SUM(status = 'scheduled' AND ends_at <= ?),
    SUM(CASE WHEN status = 'held' THEN headcount END), SUM(CASE WHEN status = 'held' THEN newcomers END)
  FROM group_session
  WHERE status IN ('scheduled', 'held', 'cancelled') AND local_date >= ? AND local_date <= ?
  GROUP BY group_id, substr(local_date, 1, 7)`;
const HELD = `SELECT id, group_id, substr(local_date, 1, 7) FROM group_session
  WHERE status = 'held' AND local_date >= ? AND local_date <= ?`;
const NOW = '2026-12-02T10:00:00.000Z';

describe('migration 0012-period-figures-index', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  const planOf = (query: string, ...parameters: string[]) =>
    (db.raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...parameters) as { detail: string }[]).map(
      (step) => step.detail,
    );
  const indexesOfSessions = () =>
    (
      db.raw
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`)
        .all('group_session') as { name: string }[]
    ).map((row) => row.name);

  it('before it, the report read a table row for each session of the period', async () => {
    await migrateToLatest(db.kysely, beforeIndex);
    const plan = planOf(SESSION_FIGURES, NOW, '2026-01-01', '2026-12-31');
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH group_session USING INDEX /));
    expect(plan.join('\n')).not.toContain('COVERING');
    expect(planOf(HELD, '2026-01-01', '2026-12-31')).toEqual([
      expect.stringMatching(/^SEARCH group_session USING INDEX group_session_status_date /),
    ]);
  });

  it('reads every figure of the period from the index alone', async () => {
    await migrateToLatest(db.kysely, upToIndex);
    const covering =
      'SEARCH group_session USING COVERING INDEX group_session_period_figures (status=? AND local_date>? AND local_date<?)';
    expect(planOf(SESSION_FIGURES, NOW, '2026-01-01', '2026-12-31')).toEqual([
      covering,
      'USE TEMP B-TREE FOR GROUP BY',
    ]);
    expect(planOf(HELD, '2026-01-01', '2026-12-31')).toEqual([covering]);
  });

  it('drops the (status, local_date) index the new one starts with, and keeps the others', async () => {
    await migrateToLatest(db.kysely, beforeIndex);
    const before = indexesOfSessions();
    await migrateToLatest(db.kysely, upToIndex);
    expect(indexesOfSessions().sort()).toEqual(
      [
        ...before.filter((name) => name !== 'group_session_status_date'),
        'group_session_period_figures',
      ].sort(),
    );
    expect(before).toContain('group_session_status_date');
  });
});
