import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { migrateToLatest } from '../../../main/store/migrate';
import type { Database } from '../../../main/store/schema';
import { Repositories } from '../../../main/store/store';
import { registerTextFunctions } from '../../../main/store/text-functions';
import { openTempDatabase, type TempDatabase } from '../../support/raw-database';
import { fullVolunteer } from '../../support/sample-inputs';
import type { VolunteerFields } from '../../../shared/domain/volunteers';

// The queries behind the screens a coordinator opens all day must cost what they return, not
// what the centre has stored: at 2.4 million sessions (npm run bench -- --scale) a full scan of
// group_session is seconds. Each hot repository call runs here on the real encrypted database
// with every migration; Kysely's log hands over the SQL it compiled, and SQLite's EXPLAIN QUERY
// PLAN must read every big table through an index, unless the query lists that whole table.
// An index read on a status alone counts as a scan (a third of the table, or more).
// No ANALYZE is run (the app runs none), so the plan here is the plan at any size.

/** Tables that grow with the centre's history or its people. */
const BIG_TABLES = [
  'group_session',
  'session_facilitator',
  'attendance',
  'incident',
  'incident_note',
  'audit_log',
  'volunteer',
  'volunteer_training',
  'readiness_change',
  'group_facilitator',
  'participant',
  'period_group_month',
  'period_volunteer_month',
] as const;
type BigTable = (typeof BIG_TABLES)[number];

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const MONTH = { from: '2026-12-01', to: '2026-12-31' };
const NO_SESSION_FILTER = {
  groupId: null,
  locationId: null,
  focus: null,
  volunteerId: null,
  status: null,
};
const NOW = '2026-12-02T10:00:00.000Z';
const NO_VOLUNTEER_FILTER = {
  search: '',
  status: null,
  language: null,
  backgroundCheck: null,
  today: '2026-12-02',
};
const PAGE = { offset: 0, limit: 50 };

interface HotQuery {
  name: string;
  run(repos: Repositories): Promise<unknown>;
  /** Big tables this call lists or counts whole, by design (scanning them is its job). */
  mayScan?: BigTable[];
  /**
   * An index every statement must read alone (no table row), where an index read through to the
   * rows is not enough: its loss would leave every plan "through an index" yet many times slower.
   */
  coveredBy?: string;
  /**
   * Its sessions are found by a range of starts, not read day by day: a window's days hold
   * every session of the centre, the range only those at one time.
   */
  startsBetween?: boolean;
  /**
   * Its figures come from the month tables (migration 0013), and from the sessions only those
   * still scheduled though over, read from the period's covering index.
   */
  monthTablesOnly?: boolean;
}

const HOT_QUERIES: HotQuery[] = [
  {
    name: 'groups list',
    run: (r) => r.groups.list({ search: '', status: null, focus: null, format: null }),
  },
  { name: 'dashboard counts', run: (r) => r.groups.countBy('status') },
  {
    name: 'volunteers list (every volunteer, by name)',
    run: (r) =>
      r.volunteerList.matching(
        { search: '', status: null, language: null, backgroundCheck: null, today: '2026-12-02' },
        'name',
        'asc',
      ),
    mayScan: ['volunteer'],
  },
  {
    name: 'volunteers search (a substring of any name, phone or email)',
    run: (r) =>
      r.volunteerList.matching(
        { search: 'gar', status: null, language: null, backgroundCheck: null, today: '2026-12-02' },
        'name',
        'asc',
      ),
    mayScan: ['volunteer'],
  },
  {
    name: 'volunteers readiness (latest completions of everyone)',
    run: (r) => r.trainings.latestCompletions(),
    mayScan: ['volunteer_training'],
  },
  {
    name: 'volunteers list, a page of a search by status (and how many match)',
    run: (r) =>
      r.volunteerList.page({ ...NO_VOLUNTEER_FILTER, search: 'gar' }, 'status', 'desc', PAGE),
    // The count reads the listed volunteers' name index whole (never the table).
    mayScan: ['volunteer'],
  },
  {
    name: 'volunteers readiness after a write (the volunteers it changed)',
    run: async (r) => {
      const { ids } = await r.volunteerList.readinessChangesSince(3);
      await r.volunteerList.latestReadinessChange();
      await r.trainings.latestCompletions([...ids, 1, 2]);
      return r.volunteerList.matchesOf([...ids, 1, 2]);
    },
  },
  { name: 'volunteer completions', run: (r) => r.trainings.completionsOf([1, 2, 3]) },
  {
    name: 'calendar month',
    run: (r) => r.sessionQueries.list({ ...MONTH, ...NO_SESSION_FILTER }),
  },
  {
    name: "one group's sessions",
    run: (r) => r.sessionQueries.list({ ...YEAR, ...NO_SESSION_FILTER, groupId: 7 }),
  },
  {
    name: "a facilitator's month",
    run: (r) => r.sessionQueries.list({ ...MONTH, ...NO_SESSION_FILTER, volunteerId: 3 }),
  },
  { name: "a facilitator's next session", run: (r) => r.sessionQueries.nextFacilitatedBy(3, NOW) },
  {
    name: '"needs a record" list',
    run: async (r) => {
      const ids = await r.sessionRecords.listNeedsRecordIds({
        endedBy: NOW,
        startedFrom: '2026-11-01T00:00:00.000Z',
        groupIds: null,
        limit: 200,
      });
      return r.sessionQueries.listByIds([...ids, 1, 2]);
    },
  },
  {
    name: '"needs a record" list of a facilitator',
    run: (r) =>
      r.sessionRecords.listNeedsRecordIds({
        endedBy: NOW,
        startedFrom: '2026-11-01T00:00:00.000Z',
        groupIds: [1, 2, 3],
        limit: 200,
      }),
  },
  { name: 'attendance trend', run: (r) => r.sessionQueries.heldByDate(YEAR.from, YEAR.to) },
  {
    name: 'coverage gaps and cover conflicts',
    run: async (r) => {
      await r.sessionCover.scheduledBetween(MONTH.from, MONTH.to, NOW);
      return r.sessionCover.facilitatorsOfSessions([
        { id: 1, groupId: 1, hasOwnFacilitators: true },
        { id: 2, groupId: 2, hasOwnFacilitators: false },
      ]);
    },
  },
  {
    name: "one session's cover conflicts (the sessions at its time)",
    run: (r) =>
      r.sessionCover.scheduledBetween(MONTH.from, MONTH.to, NOW, {
        startsAt: '2026-06-16T17:00:00.000Z',
        endsAt: '2026-06-16T18:30:00.000Z',
      }),
    startsBetween: true,
  },
  {
    name: 'funder report: a year of whole months',
    run: (r) => r.funderReport.figures(YEAR, NOW),
    monthTablesOnly: true,
  },
  {
    name: 'funder report: months in part at both ends',
    run: (r) => r.funderReport.figures({ from: '2026-01-15', to: '2026-03-10' }, NOW),
  },
  {
    name: 'funder report: sessions',
    run: (r) => r.funderReport.sessionCounts(YEAR, NOW),
    coveredBy: 'group_session_period_figures',
  },
  {
    name: 'funder report: hours',
    run: async (r) => {
      await r.hours.byGroupAndMonth(YEAR);
      return r.hours.volunteersWithHours(YEAR);
    },
    coveredBy: 'group_session_period_figures',
  },
  { name: 'volunteer hours summary', run: (r) => r.hours.summary(YEAR) },
  { name: "one volunteer's hours", run: (r) => r.hours.sessionsOf(3, YEAR) },
  {
    name: 'open incidents',
    run: (r) => r.incidents.list({ status: 'open', sessionId: null, reportedBy: null }),
    // Every open incident is listed: reading them by status reads what is shown.
    mayScan: ['incident'],
  },
  {
    name: 'audit log, a page filtered by entity',
    run: (r) =>
      r.audit.list({
        userId: null,
        entity: 'volunteer',
        action: null,
        from: null,
        to: null,
        page: 1,
        limit: 50,
      }),
  },
];

/** Table names by the alias SQLite's plan calls them (Kysely writes `"table" as "alias"`). */
function aliasesOf(sql: string): Map<string, string> {
  const aliases = new Map<string, string>(BIG_TABLES.map((table) => [table, table]));
  for (const match of sql.matchAll(/"(\w+)" as "(\w+)"/g)) aliases.set(match[2]!, match[1]!);
  return aliases;
}

describe('the plans of the hot queries', () => {
  let db: TempDatabase;
  let repos: Repositories;
  const compiled: CompiledQuery[] = [];

  beforeAll(async () => {
    db = openTempDatabase();
    registerTextFunctions(db.raw);
    await migrateToLatest(db.kysely);
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: db.raw }),
      log: (event) => {
        compiled.push(event.query);
      },
    });
    repos = new Repositories(kysely, Buffer.alloc(32));
  });

  afterAll(() => db.cleanUp());

  /** Every statement `run` sent, with SQLite's plan for it. */
  async function plansOf(query: HotQuery): Promise<{ sql: string; plan: string[] }[]> {
    compiled.length = 0;
    await query.run(repos);
    return compiled.map(({ sql, parameters }) => ({
      sql,
      plan: (
        db.raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(parameters as unknown[])) as {
          detail: string;
        }[]
      ).map((step) => step.detail),
    }));
  }

  it.each(HOT_QUERIES.map((query) => [query.name, query] as const))(
    '%s reads every big table through an index',
    async (_name, query) => {
      const statements = await plansOf(query);
      expect(statements.length).toBeGreaterThan(0);
      if (process.env.SHOW_PLANS) console.log(query.name, JSON.stringify(statements, null, 1));
      const fullScans = statements.flatMap(({ sql, plan }) => {
        const aliases = aliasesOf(sql);
        return plan.flatMap((step) => {
          // A status has three values: reading by it alone is reading a third of the table.
          const scanned = (/^SCAN (\w+)/.exec(step) ??
            /^SEARCH (\w+) .*\(status=\?\)$/.exec(step))?.[1];
          const table = scanned && aliases.get(scanned);
          const isBig = table && (BIG_TABLES as readonly string[]).includes(table);
          return isBig && !query.mayScan?.includes(table as BigTable)
            ? [`${step}   in: ${sql}`]
            : [];
        });
      });
      expect(fullScans).toEqual([]);
    },
  );
  it.each([
    ['name', 'asc'],
    ['status', 'desc'],
    ['startDate', 'asc'],
  ] as const)(
    'the volunteer list pages by %s (and counts) through covering indexes alone',
    async (sort, direction) => {
      // One match, or the page is not read at all.
      await repos.volunteers.create(
        fullVolunteer({ firstName: 'Gary', status: 'active' }) as VolunteerFields,
      );
      const statements = await plansOf({
        name: sort,
        run: (r) =>
          r.volunteerList.page(
            { ...NO_VOLUNTEER_FILTER, search: 'gar', status: 'active' },
            sort,
            direction,
            PAGE,
          ),
      });
      const steps = statements.flatMap(({ plan }) => plan);
      expect(steps).toHaveLength(2);
      for (const step of steps) {
        expect(step).toMatch(/^(SCAN|SEARCH) volunteer USING COVERING INDEX volunteer_listed_\w+/);
      }
    },
  );

  it.each(
    HOT_QUERIES.filter((query) => query.startsBetween).map((query) => [query.name, query] as const),
  )('%s finds its sessions by a range of starts', async (_name, query) => {
    const steps = (await plansOf(query)).flatMap(({ plan }) => plan);
    expect(steps).toContainEqual(
      expect.stringMatching(/^SEARCH s USING INDEX \w+ \(.*starts_at>\? AND starts_at<\?\)$/),
    );
  });

  it.each(
    HOT_QUERIES.filter((q) => q.monthTablesOnly).map((query) => [query.name, query] as const),
  )('%s reads the month tables, not every session and facilitator', async (_name, query) => {
    const steps = (await plansOf(query)).flatMap(({ plan }) => plan);
    const reads = steps.filter((step) => /^(SEARCH|SCAN) /.test(step));
    expect(reads).toContainEqual(
      'SEARCH period_group_month USING PRIMARY KEY (month>? AND month<?)',
    );
    expect(reads).toContainEqual(
      'SEARCH period_volunteer_month USING PRIMARY KEY (month>? AND month<?)',
    );
    const others = reads.filter(
      (step) =>
        !/^SEARCH period_\w+_month USING PRIMARY KEY \(month>\? AND month<\?\)$/.test(step) &&
        step !==
          'SEARCH group_session USING COVERING INDEX group_session_period_figures (status=? AND local_date>? AND local_date<?)' &&
        !/^SCAN v\b/.test(step),
    );
    expect(others).toEqual([]);
  });

  const covered = HOT_QUERIES.filter((query) => query.coveredBy);

  it.each(covered.map((query) => [query.name, query.coveredBy, query] as const))(
    '%s reads the sessions from %s alone',
    async (_name, index, query) => {
      const statements = await plansOf(query);
      expect(statements.length).toBeGreaterThan(0);
      const uncovered = statements.filter(
        ({ plan }) =>
          !plan.some((step) =>
            new RegExp(`^SEARCH \\w+ USING COVERING INDEX ${index} `).test(step),
          ),
      );
      expect(uncovered).toEqual([]);
    },
  );
});
