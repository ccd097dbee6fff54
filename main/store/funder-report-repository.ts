import { sql, type Kysely } from 'kysely';
import type { SessionCountRow } from '../../shared/domain/funder-report';
import type { GroupFocus } from '../../shared/domain/groups';
import type { Period } from '../../shared/domain/hours';
import { SESSION_STATUSES } from '../../shared/domain/sessions';
import type { Database } from './schema';

/**
 * The funder report's session figures (issue 11): one grouped query over the period's sessions,
 * never one per session (a large centre holds 150,000). Hours come from HoursRepository, so the
 * report and the volunteer hours screen count the same way.
 */
export class FunderReportRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  /**
   * Per group and month (YYYY-MM of the local date): sessions held, cancelled (and by a
   * closure), ended by `nowIso` but still scheduled, and the held ones' headcount and newcomers.
   * Every status is named (a session has one of them) so that SQLite reads the period from the
   * (status, local_date, …) index that holds these figures, never a table row (migration 0012).
   */
  async sessionCounts(period: Period, nowIso: string): Promise<SessionCountRow[]> {
    const isHeld = sql`status = 'held'`;
    const isCancelled = sql`status = 'cancelled'`;
    return this.db
      .selectFrom('group_session')
      .select([
        'group_id as groupId',
        sql<string>`substr(local_date, 1, 7)`.as('month'),
        sql<number>`SUM(${isHeld})`.as('held'),
        sql<number>`SUM(${isCancelled})`.as('cancelled'),
        sql<number>`SUM(${isCancelled} AND closure_id IS NOT NULL)`.as('cancelledByClosure'),
        sql<number>`SUM(status = 'scheduled' AND ends_at <= ${nowIso})`.as('unrecorded'),
        sql<number>`COALESCE(SUM(CASE WHEN ${isHeld} THEN headcount END), 0)`.as('attendance'),
        sql<number>`COALESCE(SUM(CASE WHEN ${isHeld} THEN newcomers END), 0)`.as('newcomers'),
      ])
      .where('status', 'in', SESSION_STATUSES)
      .where('local_date', '>=', period.from)
      .where('local_date', '<=', period.to)
      .groupBy(['group_id', sql`substr(local_date, 1, 7)`])
      .execute();
  }

  /** The named groups' names and focus (the few hundred a report lists). */
  async groupsNamed(
    ids: readonly number[],
  ): Promise<{ id: number; name: string; focus: GroupFocus }[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('support_group')
      .select(['id', 'name', 'focus'])
      .where('id', 'in', ids)
      .execute();
    return rows.map((row) => ({ ...row, focus: row.focus as GroupFocus }));
  }
}
