import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';

const beforeIndex = migrations.filter((m) => m.version < 9);
const upToIndex = migrations.filter((m) => m.version <= 9);

// The "needs a record" list's shape (main/store/session-records-repository.ts): scheduled
// sessions that started in a window and have ended, newest first, a hundred at most.
const NEEDS_RECORD = `SELECT id FROM group_session
  WHERE starts_at >= ? AND starts_at < ? AND ends_at <= ? AND status = ? AND recorded_at IS NULL
  ORDER BY starts_at DESC, id DESC LIMIT ?`;
const PARAMETERS = ['2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z'];

describe('migration 0009-scheduled-starts-index', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  const planOf = () =>
    (
      db.raw.prepare(`EXPLAIN QUERY PLAN ${NEEDS_RECORD}`).all(...PARAMETERS, 'scheduled', 100) as {
        detail: string;
      }[]
    ).map((step) => step.detail);

  it('before it, the list read every scheduled session and sorted them', async () => {
    await migrateToLatest(db.kysely, beforeIndex);
    expect(planOf()).toEqual([
      expect.stringMatching(/^SEARCH group_session USING INDEX \w+ \(status=\?\)$/),
      'USE TEMP B-TREE FOR ORDER BY',
    ]);
  });

  it('reads only the window of start instants, already newest first', async () => {
    await migrateToLatest(db.kysely, upToIndex);
    expect(planOf()).toEqual([
      'SEARCH group_session USING INDEX group_session_status_starts (status=? AND starts_at>? AND starts_at<?)',
    ]);
  });
});
