import { migrations } from '../../migrations';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';

const beforeIndexes = migrations.filter((m) => m.version < 11);
const upToIndexes = migrations.filter((m) => m.version <= 11);

// The volunteer list's first page by name and the count of a search's matches
// (main/store/volunteer-list-repository.ts), without the names of indexes to read by.
const FIRST_PAGE = `SELECT id FROM volunteer WHERE erased_at IS NULL
  ORDER BY last_name, first_name, id LIMIT 50`;
const SEARCH_COUNT = `SELECT count(*) FROM volunteer WHERE erased_at IS NULL
  AND search_text LIKE '%gar%'`;
const NOW = '2026-12-02T10:00:00.000Z';

describe('migration 0011-volunteer-list-indexes', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  const planOf = (query: string) =>
    (db.raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map(
      (step) => step.detail,
    );

  it('before it, a page looked every volunteer up in the table and a count read the table', async () => {
    await migrateToLatest(db.kysely, beforeIndexes);
    expect(planOf(FIRST_PAGE)).toEqual(['SCAN volunteer USING INDEX volunteer_last_name']);
    expect(planOf(SEARCH_COUNT)).toEqual(['SCAN volunteer']);
  });

  it('reads a page, and counts a search, from the listed volunteers by name alone', async () => {
    await migrateToLatest(db.kysely, upToIndexes);
    const byName = (query: string) =>
      query.replace('FROM volunteer', 'FROM volunteer INDEXED BY volunteer_listed_name');
    expect(planOf(byName(FIRST_PAGE))).toEqual([
      'SCAN volunteer USING COVERING INDEX volunteer_listed_name',
    ]);
    expect(planOf(byName(SEARCH_COUNT))).toEqual([
      'SCAN volunteer USING COVERING INDEX volunteer_listed_name',
    ]);
    const page = (index: string, order: string) =>
      planOf(`SELECT id FROM volunteer INDEXED BY ${index}
        WHERE erased_at IS NULL AND status = 'active' AND search_text LIKE '%a%'
        ORDER BY ${order} LIMIT 50`);
    expect(page('volunteer_listed_status', 'status DESC, first_name DESC, id DESC')).toEqual([
      'SEARCH volunteer USING COVERING INDEX volunteer_listed_status (status=?)',
    ]);
    expect(page('volunteer_listed_start', 'start_date, first_name, id')).toEqual([
      'SCAN volunteer USING COVERING INDEX volunteer_listed_start',
    ]);
  });

  it('stamps each volunteer whose readiness facts change, the latest last, and no one else', async () => {
    await migrateToLatest(db.kysely, upToIndexes);
    const run = (query: string, ...parameters: unknown[]) =>
      db.raw.prepare(query).run(...parameters);
    const stamps = () =>
      db.raw.prepare('SELECT volunteer_id, seq FROM readiness_change ORDER BY seq').all() as {
        volunteer_id: number;
        seq: number;
      }[];
    const order = () => stamps().map((stamp) => stamp.volunteer_id);
    const add = (name: string) =>
      Number(
        run(
          `INSERT INTO volunteer (first_name, status, created_at, updated_at)
            VALUES (?, 'active', ?, ?)`,
          name,
          NOW,
          NOW,
        ).lastInsertRowid,
      );
    run(`INSERT INTO training (id, name, created_at, updated_at) VALUES (1, 'T', ?, ?)`, NOW, NOW);
    const [ana, bea, cy] = [add('Ana'), add('Bea'), add('Cy')];
    expect(order()).toEqual([ana, bea, cy]);

    run(`UPDATE volunteer SET notes = 'x', phone = '1', first_name = 'Anna' WHERE id = ?`, ana);
    expect(order()).toEqual([ana, bea, cy]);
    run(`UPDATE volunteer SET status = 'inactive' WHERE id = ?`, ana);
    expect(order()).toEqual([bea, cy, ana]);
    run(`UPDATE volunteer SET background_check_expires_on = '2027-01-01' WHERE id = ?`, bea);
    expect(order()).toEqual([cy, ana, bea]);
    run(
      `INSERT INTO volunteer_training (id, volunteer_id, training_id, completed_on, created_at)
        VALUES (1, ?, 1, '2026-01-01', ?)`,
      cy,
      NOW,
    );
    expect(order()).toEqual([ana, bea, cy]);
    run(`UPDATE volunteer_training SET volunteer_id = ? WHERE id = 1`, ana);
    expect(order()).toEqual([bea, cy, ana]);
    run(`DELETE FROM volunteer_training WHERE id = 1`);
    run(`UPDATE volunteer SET erased_at = ? WHERE id = ?`, NOW, bea);
    expect(order()).toEqual([cy, ana, bea]);
    const seqs = stamps().map((stamp) => stamp.seq);
    expect(new Set(seqs).size).toBe(3);
  });
});
