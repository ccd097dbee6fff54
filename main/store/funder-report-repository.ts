import { sql, type Kysely } from 'kysely';
import { addMonths } from '../../shared/domain/civil-dates';
import {
  wholeMonthsOf,
  type HoursCountRow,
  type SessionCountRow,
} from '../../shared/domain/funder-report';
import type { GroupFocus } from '../../shared/domain/groups';
import type { Period } from '../../shared/domain/hours';
import { SESSION_STATUSES } from '../../shared/domain/sessions';
import type { HoursRepository } from './hours-repository';
import type { Database } from './schema';

/** What the report adds up, before it is rounded and named. */
export interface PeriodFigures {
  sessions: SessionCountRow[];
  hours: HoursCountRow[];
  volunteersGivingTime: number;
}

/** From the first to the last YYYY-MM, both whole. */
interface MonthRange {
  first: string;
  last: string;
}

/**
 * The funder report's session figures (issue 11): one grouped query over the period's sessions,
 * never one per session (a large centre holds 150,000). Hours come from HoursRepository, so the
 * report and the volunteer hours screen count the same way.
 */
export class FunderReportRepository {
  constructor(
    protected readonly db: Kysely<Database>,
    private readonly hours: HoursRepository,
  ) {}

  /**
   * The period's figures: its whole months read from the month tables that triggers keep
   * (migration 0013), a few hundred rows a month whatever the centre's size; the days of months
   * it covers in part added up from their sessions, as are "ended but still scheduled" (a
   * figure that depends on `nowIso`). The two never count the same month.
   */
  async figures(period: Period, nowIso: string): Promise<PeriodFigures> {
    const { wholeMonths, partial } = wholeMonthsOf(period);
    const sessions: SessionCountRow[] = [];
    const hours: HoursCountRow[] = [];
    for (const part of partial) {
      sessions.push(...(await this.sessionCounts(part, nowIso)));
      hours.push(...(await this.hours.byGroupAndMonth(part)));
    }
    if (wholeMonths) {
      sessions.push(...(await this.wholeMonthCounts(wholeMonths, nowIso)));
      hours.push(...(await this.wholeMonthHours(wholeMonths)));
    }
    return {
      sessions,
      hours,
      volunteersGivingTime: await this.volunteersGivingTime(wholeMonths, partial),
    };
  }

  private async wholeMonthCounts(months: MonthRange, nowIso: string): Promise<SessionCountRow[]> {
    const cells = await this.db
      .selectFrom('period_group_month')
      .select([
        'group_id as groupId',
        'month',
        'held',
        'cancelled',
        'cancelled_by_closure as cancelledByClosure',
        'attendance',
        'newcomers',
      ])
      .where('month', '>=', months.first)
      .where('month', '<=', months.last)
      .execute();
    // The few sessions still scheduled though over: read by status, then by date, then by end.
    const unrecorded = await this.db
      .selectFrom('group_session')
      .select([
        'group_id as groupId',
        sql<string>`substr(local_date, 1, 7)`.as('month'),
        sql<number>`count(*)`.as('count'),
      ])
      .where('status', '=', 'scheduled')
      .where('local_date', '>=', `${months.first}-01`)
      .where('local_date', '<', addMonths(`${months.last}-01`, 1))
      .where('ends_at', '<=', nowIso)
      .groupBy(['group_id', sql`substr(local_date, 1, 7)`])
      .execute();
    const unrecordedOf = new Map(unrecorded.map((row) => [`${row.groupId} ${row.month}`, row]));
    return cells.map((cell) => ({
      ...cell,
      unrecorded: unrecordedOf.get(`${cell.groupId} ${cell.month}`)?.count ?? 0,
    }));
  }

  private async wholeMonthHours(months: MonthRange): Promise<HoursCountRow[]> {
    return this.db
      .selectFrom('period_group_month')
      .select(['group_id as groupId', 'month', 'hours'])
      .where('month', '>=', months.first)
      .where('month', '<=', months.last)
      .where('hour_entries', '>', 0)
      .execute();
  }

  /** Different volunteers with hours: in the whole months' tables or the other days' rows. */
  private async volunteersGivingTime(
    months: MonthRange | null,
    partial: readonly Period[],
  ): Promise<number> {
    const sources = [
      ...(months
        ? [
            this.db
              .selectFrom('period_volunteer_month')
              .select('volunteer_id')
              .where('month', '>=', months.first)
              .where('month', '<=', months.last),
          ]
        : []),
      ...partial.map((part) =>
        this.db
          .selectFrom('session_facilitator')
          .select('volunteer_id')
          .where('session_id', 'in', this.hours.heldIdsInPeriod(part).select('id'))
          .where('hours', 'is not', null),
      ),
    ];
    const [first, ...rest] = sources;
    if (!first) return 0;
    const all = rest.reduce((union, next) => union.union(next), first);
    const row = await this.db
      .selectFrom(all.as('v'))
      // A volunteer is in each month they gave time: DISTINCT counts them once.
      .select((eb) => eb.fn.count<number>('v.volunteer_id').distinct().as('count'))
      .executeTakeFirstOrThrow();
    return row.count;
  }

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
