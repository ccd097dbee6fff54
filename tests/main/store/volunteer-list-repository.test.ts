import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../../../main/store/migrate';
import type { Database } from '../../../main/store/schema';
import { Repositories } from '../../../main/store/store';
import { registerTextFunctions } from '../../../main/store/text-functions';
import {
  searchTextOf,
  type VolunteerSqlFilter,
  type VolunteerSqlSort,
} from '../../../main/store/volunteers-repository';
import type { VolunteerFields } from '../../../shared/domain/volunteers';
import { foldForSearch } from '../../../shared/text/fold';
import { openTempDatabase, type TempDatabase } from '../../support/raw-database';
import { fullVolunteer } from '../../support/sample-inputs';

// The list reads a page and a count through the sort's index (migration 0011) unless it
// filters or sorts by readiness, when it reads every matching id: both must give the very
// order and matches worked out here from the rows written, ties, accents and erasures included.

const TODAY = '2026-12-02';
const LAST_NAMES = ['García', 'Garcia', 'Núñez', 'Okafor', 'smith', ''];
const FIRST_NAMES = ['Ana', 'ana', 'Bea', 'Zoë'];
const STATUSES = ['active', 'applicant', 'inactive'] as const;
const STARTS = [null, '2025-01-01', '2024-06-30', '2026-11-30'];
const CHECKS = [
  { backgroundCheckStatus: 'cleared', backgroundCheckExpiresOn: '2026-01-31' },
  { backgroundCheckStatus: 'cleared', backgroundCheckExpiresOn: '2028-01-31' },
  { backgroundCheckStatus: 'pending', backgroundCheckExpiresOn: null },
] as const;
const COUNT = 90;

interface Row {
  id: number;
  fields: VolunteerFields;
  isErased: boolean;
}

/** Volunteer `i`: every combination of names, statuses and dates comes round, with ties. */
function fieldsOf(i: number): VolunteerFields {
  // fullVolunteer sets every field.
  return fullVolunteer({
    lastName: LAST_NAMES[i % LAST_NAMES.length]!,
    firstName: FIRST_NAMES[Math.floor(i / 3) % FIRST_NAMES.length]!,
    preferredName: i % 5 === 0 ? 'Gary' : i % 11 === 0 ? 'Ana_100%' : '',
    email: `v${i}@example.org`,
    status: STATUSES[i % STATUSES.length]!,
    startDate: STARTS[Math.floor(i / 2) % STARTS.length]!,
    languages: i % 4 === 0 ? ['es', 'en'] : ['en'],
    ...CHECKS[Math.floor(i / 5) % CHECKS.length]!,
  }) as VolunteerFields;
}

const SORT_KEY: Record<VolunteerSqlSort, (f: VolunteerFields) => string | null> = {
  name: (f) => f.lastName,
  status: (f) => f.status,
  startDate: (f) => f.startDate,
};

/** SQLite's order: NULL first, then text by code unit (no astral characters here), then id. */
function compareBy(sort: VolunteerSqlSort) {
  const compareText = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
  return (a: Row, b: Row) =>
    compareText(SORT_KEY[sort](a.fields), SORT_KEY[sort](b.fields)) ||
    compareText(a.fields.firstName, b.fields.firstName) ||
    a.id - b.id;
}

function isMatch(row: Row, filter: VolunteerSqlFilter): boolean {
  const f = row.fields;
  const isExpired =
    f.backgroundCheckStatus === 'cleared' && (f.backgroundCheckExpiresOn ?? '') < filter.today;
  return (
    !row.isErased &&
    (!filter.search || searchTextOf(f).includes(foldForSearch(filter.search))) &&
    (!filter.status || f.status === filter.status) &&
    (!filter.language || f.languages.includes(filter.language)) &&
    (filter.backgroundCheck === 'expired'
      ? isExpired
      : !filter.backgroundCheck || f.backgroundCheckStatus === filter.backgroundCheck)
  );
}

const NO_FILTER: VolunteerSqlFilter = {
  search: '',
  status: null,
  language: null,
  backgroundCheck: null,
  today: TODAY,
};

const FILTERS: [string, Partial<VolunteerSqlFilter>][] = [
  ['no filter', {}],
  ['a search folding case and accents', { search: 'GARCÍA' }],
  ['a search of a preferred name', { search: 'gar' }],
  ['a search of an email', { search: 'v1' }],
  ['a search of a LIKE wildcard', { search: '%' }],
  ['a search of another LIKE wildcard', { search: '_1' }],
  ['a status', { status: 'active' }],
  ['a language', { language: 'es' }],
  ['an expired background check', { backgroundCheck: 'expired' }],
  ['a background check status', { backgroundCheck: 'pending' }],
  ['a search, a status and a language', { search: 'a', status: 'applicant', language: 'es' }],
];

describe('the volunteer list queries', () => {
  let db: TempDatabase;
  let repos: Repositories;
  const rows: Row[] = [];

  beforeAll(async () => {
    db = openTempDatabase();
    registerTextFunctions(db.raw);
    await migrateToLatest(db.kysely);
    repos = new Repositories(
      new Kysely<Database>({ dialect: new SqliteDialect({ database: db.raw }) }),
      Buffer.alloc(32),
    );
    for (let i = 0; i < COUNT; i += 1) {
      const fields = fieldsOf(i);
      const id = await repos.volunteers.create(fields);
      const isErased = i % 7 === 3;
      if (isErased) await repos.volunteers.erase(id);
      rows.push({ id, fields, isErased });
    }
  });

  afterAll(() => db.cleanUp());

  function expectedIds(
    filter: VolunteerSqlFilter,
    sort: VolunteerSqlSort,
    direction: 'asc' | 'desc',
  ) {
    const sorted = rows.filter((row) => isMatch(row, filter)).sort(compareBy(sort));
    return (direction === 'asc' ? sorted : sorted.reverse()).map((row) => row.id);
  }

  const CASES = FILTERS.flatMap(([label, filter]) =>
    (['name', 'status', 'startDate'] as const).flatMap((sort) =>
      (['asc', 'desc'] as const).map(
        (direction) => [label, sort, direction, { ...NO_FILTER, ...filter }] as const,
      ),
    ),
  );

  it.each(CASES)('%s, by %s %s: every id in order, page by page', async (...args) => {
    const [, sort, direction, filter] = args;
    const expected = expectedIds(filter, sort, direction);
    expect(await repos.volunteerList.matchingIds(filter, sort, direction)).toEqual(expected);
    const paged: number[] = [];
    for (let offset = 0; offset < expected.length + 7; offset += 7) {
      const page = await repos.volunteerList.page(filter, sort, direction, { offset, limit: 7 });
      expect(page.total).toBe(expected.length);
      paged.push(...page.ids);
    }
    expect(paged).toEqual(expected);
  });

  it('filters something out and keeps something in, for every filter', async () => {
    const all = expectedIds(NO_FILTER, 'name', 'asc').length;
    expect(all).toBe(rows.filter((row) => !row.isErased).length);
    for (const [, filter] of FILTERS.slice(1)) {
      const matched = expectedIds({ ...NO_FILTER, ...filter }, 'name', 'asc').length;
      expect([filter, matched > 0 && matched < all]).toEqual([filter, true]);
    }
  });

  it('gives an empty page past the end, and still the count', async () => {
    const page = await repos.volunteerList.page(NO_FILTER, 'name', 'asc', {
      offset: COUNT,
      limit: 50,
    });
    expect(page).toEqual({ total: expectedIds(NO_FILTER, 'name', 'asc').length, ids: [] });
  });
});
