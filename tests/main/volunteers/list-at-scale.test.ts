import { demoWriteFor } from '../../../main/demo/core-write';
import { loadDemoPeople } from '../../../main/demo/load-people';
import { generateDemoPeople } from '../../../main/demo/people';
import type { ListVolunteersInput, VolunteerSummary } from '../../../shared/domain/volunteers';
import { ADMIN, createSetUpCore } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

// Noon in London on 30 November 2026: the organisation's today is 2026-11-30.
const NOW = Date.UTC(2026, 10, 30, 12);
const TODAY = '2026-11-30';
const SIZE = 300;

/** The first few hundred of the large demo set, with their completions and no groups. */
function fewHundredPeople() {
  const people = generateDemoPeople('large', [], TODAY);
  return {
    ...people,
    volunteers: people.volunteers.slice(0, SIZE),
    completions: people.completions.filter((c) => c.volunteerIndex < SIZE),
    facilitators: [],
  };
}

// Each test pages through the whole list several times: slow on a busy machine.
jest.setTimeout(60_000);

describe('the volunteer list at a few hundred volunteers', () => {
  let test: SetUpCore;

  beforeAll(async () => {
    test = await createSetUpCore(() => NOW);
    await loadDemoPeople(
      test.call,
      demoWriteFor(test.core),
      fewHundredPeople(),
      [],
      ADMIN.password,
    );
  }, 60_000);

  afterAll(() => test.cleanUp());

  /** Every row of a query, page by page (pages of 37 so that none lines up with the total). */
  async function allPages(query: ListVolunteersInput): Promise<VolunteerSummary[]> {
    const rows: VolunteerSummary[] = [];
    for (let offset = 0; ; offset += 37) {
      const page = await test.call('listVolunteers', { ...query, offset, limit: 37 });
      rows.push(...page.rows);
      if (page.rows.length < 37) {
        expect(rows).toHaveLength(page.total);
        return rows;
      }
    }
  }

  const ids = (rows: VolunteerSummary[]) => rows.map((row) => row.id);
  const nameKey = (row: VolunteerSummary) => [row.lastName, row.firstName];
  const isInOrder = (keys: (string | number)[][]) =>
    keys.every((key, i) => {
      if (i === 0) return true;
      const previous = keys[i - 1]!;
      const at = key.findIndex((part, j) => part !== previous[j]);
      return at === -1 || previous[at]! < key[at]!;
    });

  it('pages through every volunteer exactly once, in each sort and direction', async () => {
    for (const sort of ['name', 'status', 'startDate', 'readiness'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const rows = await allPages({ sort, direction });
        expect(new Set(ids(rows)).size).toBe(SIZE);
        expect(rows).toHaveLength(SIZE);
      }
    }
  });

  it('sorts by name with the id breaking ties, and the same query gives the same order', async () => {
    const rows = await allPages({ sort: 'name' });
    expect(isInOrder(rows.map((row) => [...nameKey(row), row.id]))).toBe(true);
    expect(ids(await allPages({ sort: 'name' }))).toEqual(ids(rows));
    expect(ids(await allPages({ sort: 'name', direction: 'desc' }))).toEqual(ids(rows).reverse());
    const byStart = await allPages({ sort: 'startDate', direction: 'desc' });
    const starts = byStart.map((row) => row.startDate ?? '');
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('sorts by readiness stably: not ready, expiring, ready, each in name order', async () => {
    const byName = await allPages({ sort: 'name' });
    const byReadiness = await allPages({ sort: 'readiness' });
    const inState = (state: string) => ids(byName.filter((row) => row.readiness.state === state));
    expect(ids(byReadiness)).toEqual([
      ...inState('not_ready'),
      ...inState('expiring'),
      ...inState('ready'),
    ]);
    const descending = await allPages({ sort: 'readiness', direction: 'desc' });
    expect(ids(descending)).toEqual([
      ...inState('ready'),
      ...inState('expiring'),
      ...inState('not_ready'),
    ]);
  });

  it('shows every readiness state, and the readiness filters split the list', async () => {
    const all = await allPages({});
    const totals = await Promise.all(
      (['ready', 'expiring', 'not_ready'] as const).map(async (readiness) => {
        const rows = await allPages({ readiness });
        expect(rows.every((row) => row.readiness.state === readiness)).toBe(true);
        return rows.length;
      }),
    );
    expect(totals.every((total) => total > 10)).toBe(true);
    expect(totals.reduce((a, b) => a + b)).toBe(all.length);
  });

  it('combines filters: the rows match each filter alone, and are all the rows that do', async () => {
    const filters: ListVolunteersInput[] = [
      { status: 'active' },
      { language: 'en' },
      { readiness: 'ready' },
      { backgroundCheck: 'cleared' },
      { search: 'a' },
    ];
    const single = await Promise.all(filters.map(async (f) => new Set(ids(await allPages(f)))));
    const combined = ids(await allPages(Object.assign({}, ...filters) as ListVolunteersInput));
    const expected = [...single[0]!].filter((id) => single.every((set) => set.has(id)));
    expect(combined.length).toBeGreaterThan(10);
    expect(new Set(combined)).toEqual(new Set(expected));
    const expired = await allPages({ backgroundCheck: 'expired', status: 'active' });
    expect(expired.length).toBeGreaterThan(0);
    for (const row of expired) {
      expect(row).toMatchObject({ status: 'active', backgroundCheckStatus: 'cleared' });
      expect(row.backgroundCheckExpiresOn! < TODAY).toBe(true);
      expect(row.readiness.state).toBe('not_ready');
    }
  });
});
