import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../../../main/store/migrate';
import type { Database } from '../../../main/store/schema';
import type { SessionFilter } from '../../../main/store/session-filter';
import { SessionQueriesRepository } from '../../../main/store/session-queries-repository';
import { openTempDatabase, type TempDatabase } from '../../support/raw-database';

// The calendar's month and a group's list must stay fast at 150,000 sessions: SQLite has to
// read them through an index, never by walking the whole group_session table.

const MONTH: SessionFilter = {
  from: '2026-12-01',
  to: '2026-12-31',
  groupId: null,
  locationId: null,
  focus: null,
  volunteerId: null,
  status: null,
};

describe('the session list query plan', () => {
  let db: TempDatabase;
  let sessions: SessionQueriesRepository;

  beforeAll(async () => {
    db = openTempDatabase();
    await migrateToLatest(db.kysely);
    sessions = new SessionQueriesRepository(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: db.raw }) }),
    );
  });

  afterAll(() => db.cleanUp());

  /** What SQLite says it will do with the sessions table (aliased `s`). */
  function planOf(
    filter: SessionFilter,
    query: { sql: string; parameters: readonly unknown[] } = sessions.listQuery(filter).compile(),
  ): string[] {
    const rows = db.raw
      .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .all(...(query.parameters as unknown[])) as { detail: string }[];
    return rows.map((row) => row.detail).filter((detail) => / s\b/.test(detail));
  }

  it('reads a month through the local date index', () => {
    const plan = planOf(MONTH);
    expect(plan.some((step) => step.includes('USING INDEX group_session_local_date'))).toBe(true);
    expect(plan.filter((step) => step.startsWith('SCAN s'))).toEqual([]);
  });

  it("reads the month view's first sessions of each day through the same index", () => {
    const plan = planOf(MONTH, sessions.firstPerDayQuery(MONTH, 2).compile());
    expect(plan.some((step) => step.includes('USING INDEX group_session_local_date'))).toBe(true);
    expect(plan.filter((step) => step.startsWith('SCAN s'))).toEqual([]);
  });

  it("counts the agenda's sessions from the local date index alone, reading no row", () => {
    const plan = planOf(MONTH, sessions.countQuery(MONTH).compile());
    expect(plan).toEqual([
      'SEARCH s USING COVERING INDEX group_session_local_date (local_date>? AND local_date<?)',
    ]);
    // Either index that starts (status, local_date) covers it.
    const cancelled = { ...MONTH, status: 'cancelled' as const };
    const byStatus = planOf(cancelled, sessions.countQuery(cancelled).compile());
    expect(byStatus).toHaveLength(1);
    expect(byStatus[0]).toMatch(
      /^SEARCH s USING COVERING INDEX group_session_\w+ \(status=\? AND local_date>\? AND local_date<\?\)$/,
    );
  });

  it('counts a focus through the same index, joining only the group', () => {
    const focused = { ...MONTH, focus: 'grief' as const };
    const compiled = sessions.countQuery(focused).compile();
    expect(planOf(focused, compiled)).toEqual([
      'SEARCH s USING INDEX group_session_local_date (local_date>? AND local_date<?)',
    ]);
    expect(compiled.sql).not.toContain('"location"');
  });

  it("reads the agenda's page in start order through the start index, sorting nothing", () => {
    const page = sessions.pageQuery(MONTH, { offset: 100, limit: 50 });
    const plan = planOf(MONTH, page);
    expect(plan).toEqual([
      'SEARCH s USING INDEX group_session_starts_at (starts_at>? AND starts_at<?)',
    ]);
    const whole = db.raw
      .prepare(`EXPLAIN QUERY PLAN ${page.sql}`)
      .all(...(page.parameters as unknown[])) as { detail: string }[];
    expect(whole.filter((row) => row.detail.includes('TEMP B-TREE'))).toEqual([]);
  });

  it("reads one group's agenda page through the group's index", () => {
    const filter = { ...MONTH, groupId: 7 };
    const plan = planOf(filter, sessions.pageQuery(filter, { offset: 0, limit: 50 }));
    expect(plan.some((step) => step.includes('USING INDEX group_session_group (group_id=?'))).toBe(
      true,
    );
  });

  it("reads the public calendar's months as a range of each listed group's sessions", () => {
    const plan = planOf(MONTH, sessions.publicQuery('2026-12-01', '2027-03-31').compile());
    expect(
      plan.some(
        (step) =>
          step.includes('USING INDEX group_session_local_date') ||
          step.includes('USING INDEX group_session_group (group_id=? AND starts_at>'),
      ),
    ).toBe(true);
    expect(plan.filter((step) => step.startsWith('SCAN s'))).toEqual([]);
    // Never a listed group's whole history (group_id=? alone), filtered day by day afterwards.
    expect(plan.filter((step) => /group_session_group \(group_id=\?\)/.test(step))).toEqual([]);
  });

  it("reads one group's sessions as a range of the group index", () => {
    const plan = planOf({ ...MONTH, from: '2026-01-01', to: '2026-12-31', groupId: 7 });
    expect(
      plan.some((step) =>
        step.includes('USING INDEX group_session_group (group_id=? AND starts_at>'),
      ),
    ).toBe(true);
    expect(plan.filter((step) => step.startsWith('SCAN s'))).toEqual([]);
  });

  it('still reads a month through an index when filtered by place, focus and facilitator', () => {
    const plan = planOf({ ...MONTH, locationId: 2, focus: 'grief', volunteerId: 3 });
    expect(plan.some((step) => /USING INDEX group_session_(local_date|group)/.test(step))).toBe(
      true,
    );
    expect(plan.filter((step) => step.startsWith('SCAN s'))).toEqual([]);
  });

  it('learns whether a session has a record from its row, reading no attendance', () => {
    const query = sessions.listQuery(MONTH).compile();
    const plan = db.raw
      .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .all(...(query.parameters as unknown[])) as { detail: string }[];
    expect(plan.filter((row) => /attendance|SUBQUERY/.test(row.detail))).toEqual([]);
  });
});
