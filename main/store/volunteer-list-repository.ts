import type { Compilable, CompiledQuery, Kysely, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { BackgroundCheckStatus, VolunteerStatus } from '../../shared/domain/volunteers';
import { foldForSearch } from '../../shared/text/fold';
import { withIndexChoice } from './indexed-by';
import type { Database } from './schema';
import type { VolunteerMatch, VolunteerSqlFilter, VolunteerSqlSort } from './volunteers-repository';

// What the volunteer list reads: ids in the list's order, a page of them and how many match,
// and the readiness facts of volunteers a write changed. Erased volunteers are never listed.

const SORT_COLUMN = { name: 'last_name', status: 'status', startDate: 'start_date' } as const;

/** The list's order: the sort's column, then first name, then id (each sort has its index). */
function orderedBy<Q extends SelectQueryBuilder<Database, 'volunteer', { id: number }>>(
  query: Q,
  sort: VolunteerSqlSort,
  direction: 'asc' | 'desc',
): Q {
  return query
    .orderBy(SORT_COLUMN[sort], direction)
    .orderBy('first_name', direction)
    .orderBy('id', direction) as Q;
}

/** The listed volunteers' index for each sort (migration 0011); the name one also counts. */
const LISTED_INDEX = {
  name: 'volunteer_listed_name',
  status: 'volunteer_listed_status',
  startDate: 'volunteer_listed_start',
} as const;

/**
 * The query reading volunteers through the sort's index, named: SQLite has no statistics to
 * choose by (the app runs no ANALYZE), and an index gone missing fails loudly, never slowly.
 * A filter on what only the table holds (languages, background check) reads the table straight
 * through instead: through an index, every entry would be a lookup in the table.
 */
function indexedBy<R>(
  query: Compilable<R>,
  sort: VolunteerSqlSort,
  filter: VolunteerSqlFilter,
): CompiledQuery<R> {
  const needsTable = filter.language !== null || filter.backgroundCheck !== null;
  const how = needsTable ? 'not indexed' : `indexed by ${LISTED_INDEX[sort]}`;
  return withIndexChoice(query.compile(), 'from "volunteer"', how);
}

function toMatch(row: {
  id: number;
  status: string;
  background_check_status: string;
  background_check_expires_on: string | null;
}): VolunteerMatch {
  return {
    id: row.id,
    status: row.status as VolunteerStatus,
    isErased: false,
    backgroundCheckStatus: row.background_check_status as BackgroundCheckStatus,
    backgroundCheckExpiresOn: row.background_check_expires_on,
  };
}

export class VolunteerListRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Listed (not erased) volunteers matching the filters, unordered. */
  private filtered(filter: VolunteerSqlFilter) {
    let query = this.db.selectFrom('volunteer').where('erased_at', 'is', null);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.language) {
      const language = filter.language;
      query = query.where(
        sql<boolean>`EXISTS (SELECT 1 FROM json_each(languages) WHERE value = ${language})`,
      );
    }
    if (filter.backgroundCheck === 'expired') {
      query = query
        .where('background_check_status', '=', 'cleared')
        .where('background_check_expires_on', '<', filter.today);
    } else if (filter.backgroundCheck) {
      query = query.where('background_check_status', '=', filter.backgroundCheck);
    }
    if (filter.search) {
      const pattern = `%${foldForSearch(filter.search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(sql<boolean>`search_text LIKE ${pattern} ESCAPE '\\'`);
    }
    return query;
  }

  /**
   * The volunteers matching the filters, in the order asked, with only what readiness needs
   * besides their completions: the list works out readiness for every match when it filters
   * or sorts by it, and whole rows (JSON lists included) would cost that for nothing.
   * Erased volunteers are never listed.
   */
  async matching(
    filter: VolunteerSqlFilter,
    sort: VolunteerSqlSort,
    direction: 'asc' | 'desc',
  ): Promise<VolunteerMatch[]> {
    const rows = await orderedBy(
      this.filtered(filter).select([
        'id',
        'status',
        'background_check_status',
        'background_check_expires_on',
      ]),
      sort,
      direction,
    ).execute();
    return rows.map(toMatch);
  }

  /** The ids of `matching`, read through the sort's index: no table read for a search or status. */
  async matchingIds(
    filter: VolunteerSqlFilter,
    sort: VolunteerSqlSort,
    direction: 'asc' | 'desc',
  ): Promise<number[]> {
    const query = orderedBy(this.filtered(filter).select('id'), sort, direction);
    const { rows } = await this.db.executeQuery(indexedBy(query, sort, filter));
    return rows.map((row) => row.id);
  }

  /** These volunteers' readiness facts (completions aside), the erased left out. */
  async matchesOf(ids: readonly number[]): Promise<VolunteerMatch[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('volunteer')
      .select(['id', 'status', 'background_check_status', 'background_check_expires_on'])
      .where('id', 'in', ids)
      .where('erased_at', 'is', null)
      .execute();
    return rows.map(toMatch);
  }

  /**
   * One page of `matching`'s ids, and how many match in all: the page is the next entries of
   * the sort's index (migration 0011), and the count reads the name index alone, never the
   * table, unless a filter needs what only the table holds (languages, background check).
   */
  async page(
    filter: VolunteerSqlFilter,
    sort: VolunteerSqlSort,
    direction: 'asc' | 'desc',
    range: { offset: number; limit: number },
  ): Promise<{ total: number; ids: number[] }> {
    const counting = this.filtered(filter).select((eb) => eb.fn.countAll<number>().as('n'));
    const [counted] = (await this.db.executeQuery(indexedBy(counting, 'name', filter))).rows;
    const total = Number(counted?.n ?? 0);
    if (range.offset >= total || range.limit === 0) return { total, ids: [] };
    const paging = orderedBy(this.filtered(filter).select('id'), sort, direction)
      .limit(range.limit)
      .offset(range.offset);
    const { rows } = await this.db.executeQuery(indexedBy(paging, sort, filter));
    return { total, ids: rows.map((row) => row.id) };
  }

  /**
   * Volunteers whose readiness facts (status, erasure, background check, completions) changed
   * after `seq`, stamped by triggers (migration 0011), and the latest stamp.
   */
  async readinessChangesSince(seq: number): Promise<{ ids: number[]; seq: number }> {
    const rows = await this.db
      .selectFrom('readiness_change')
      .select(['volunteer_id', 'seq'])
      .where('seq', '>', seq)
      .execute();
    return {
      ids: rows.map((row) => row.volunteer_id),
      seq: rows.reduce((latest, row) => Math.max(latest, row.seq), seq),
    };
  }

  /** The latest readiness stamp: what a reader of every volunteer's facts has seen up to. */
  async latestReadinessChange(): Promise<number> {
    const row = await this.db
      .selectFrom('readiness_change')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    return row?.seq ?? 0;
  }
}
