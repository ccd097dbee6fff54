import { sql, type Kysely } from 'kysely';
import type { FacilitatorRole } from '../../shared/domain/facilitators';
import type { HoursCountRow } from '../../shared/domain/funder-report';
import {
  roundHours,
  type HoursEntry,
  type HoursSummaryRow,
  type Period,
} from '../../shared/domain/hours';
import { volunteerDisplayName } from '../../shared/domain/volunteers';
import type { Database } from './schema';

/**
 * Volunteer hours per session and per period (issue 10 item 7). A session counts once it is
 * held and a facilitator's hours were recorded for it (null hours: not recorded, not counted);
 * the period is read on the session's local date, both ends included.
 */
export class HoursRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  /**
   * Facilitator rows of held sessions in the period with their hours recorded. `isByVolunteer`:
   * one volunteer's few rows are found through their own index; the unary `+` keeps SQLite
   * (which has no statistics here) from walking every held session of the period instead.
   */
  private heldInPeriod(period: Period, isByVolunteer = false) {
    const ref = (column: 's.status' | 's.local_date') =>
      isByVolunteer ? sql<string>`+${sql.ref(column)}` : sql<string>`${sql.ref(column)}`;
    return this.db
      .selectFrom('session_facilitator as sf')
      .innerJoin('group_session as s', 's.id', 'sf.session_id')
      .where(ref('s.status'), '=', 'held')
      .where(ref('s.local_date'), '>=', period.from)
      .where(ref('s.local_date'), '<=', period.to)
      .where('sf.hours', 'is not', null);
  }

  /** One volunteer's sessions in the period, newest first. */
  async sessionsOf(volunteerId: number, period: Period): Promise<HoursEntry[]> {
    const rows = await this.heldInPeriod(period, true)
      .innerJoin('support_group as g', 'g.id', 's.group_id')
      .where('sf.volunteer_id', '=', volunteerId)
      .select([
        's.id as sessionId',
        'g.id as groupId',
        'g.name as groupName',
        's.local_date as localDate',
        'sf.role',
        'sf.hours',
      ])
      .orderBy('s.starts_at', 'desc')
      .orderBy('s.id', 'desc')
      .execute();
    return rows.map((row) => ({
      ...row,
      role: row.role as FacilitatorRole,
      hours: row.hours ?? 0,
    }));
  }

  /**
   * The period's held sessions, in id order. Read through them, each session's facilitator rows
   * follow the last one's in session_facilitator's index: in date order (sessions of every group
   * and, in a cloned or merged centre, of far-apart id ranges) each lookup starts again from the
   * index's root on another page, which made a year of a large centre cost twice its size.
   */
  heldIdsInPeriod(period: Period) {
    return this.db
      .selectFrom('group_session')
      .where('status', '=', 'held')
      .where('local_date', '>=', period.from)
      .where('local_date', '<=', period.to);
  }

  /** Unrounded hours per group and month (the funder report rounds each figure it shows). */
  async byGroupAndMonth(period: Period): Promise<HoursCountRow[]> {
    return this.db
      .with(
        (cte) => cte('held').materialized(),
        () =>
          this.heldIdsInPeriod(period)
            .select(['id', 'group_id', sql<string>`substr(local_date, 1, 7)`.as('month')])
            .orderBy('id'),
      )
      .selectFrom('held as s')
      .crossJoin('session_facilitator as sf')
      .whereRef('sf.session_id', '=', 's.id')
      .where('sf.hours', 'is not', null)
      .groupBy(['s.group_id', 's.month'])
      .select((eb) => [
        's.group_id as groupId',
        's.month',
        eb.fn.sum<number>('sf.hours').as('hours'),
      ])
      .execute();
  }

  /** How many volunteers gave time in the period (erased ones too: their hours still count). */
  async volunteersWithHours(period: Period): Promise<number> {
    // `IN (…)` hands SQLite the ids sorted: the facilitator rows are read in index order.
    const row = await this.db
      .selectFrom('session_facilitator')
      .where('session_id', 'in', this.heldIdsInPeriod(period).select('id'))
      .where('hours', 'is not', null)
      .select((eb) => eb.fn.count<number>('volunteer_id').distinct().as('count'))
      .executeTakeFirstOrThrow();
    return row.count;
  }

  /**
   * Every volunteer with hours in the period, in one grouped query, sorted by name; erased ones
   * keep their hours without a name, after the named ones, so the totals still add up.
   */
  async summary(period: Period): Promise<HoursSummaryRow[]> {
    // Grouped first, named after: a few hundred volunteer lookups instead of one per session.
    const totals = this.heldInPeriod(period)
      .groupBy('sf.volunteer_id')
      .select((eb) => [
        'sf.volunteer_id as volunteerId',
        eb.fn.countAll<number>().as('sessions'),
        eb.fn.sum<number>('sf.hours').as('hours'),
      ]);
    const rows = await this.db
      .selectFrom(totals.as('t'))
      .innerJoin('volunteer as v', 'v.id', 't.volunteerId')
      .select([
        't.volunteerId',
        't.sessions',
        't.hours',
        'v.first_name as firstName',
        'v.last_name as lastName',
        'v.preferred_name as preferredName',
        'v.erased_at as erasedAt',
      ])
      .execute();
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return rows
      .map((row) => ({
        volunteerId: row.volunteerId,
        displayName: row.erasedAt === null ? volunteerDisplayName(row) : null,
        sessions: row.sessions,
        hours: roundHours(row.hours),
      }))
      .sort(
        (a, b) =>
          Number(a.displayName === null) - Number(b.displayName === null) ||
          collator.compare(a.displayName ?? '', b.displayName ?? '') ||
          a.volunteerId - b.volunteerId,
      );
  }
}
