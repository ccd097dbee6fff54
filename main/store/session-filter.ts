// How the session lists are narrowed: the filter, and its terms over the sessions table alone,
// shared by the list (which joins the group and the place for their columns) and its count.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { addDays } from '../../shared/domain/civil-dates';
import type { GroupFocus } from '../../shared/domain/groups';
import type { SessionStatus } from '../../shared/domain/sessions';
import type { Database } from './schema';

/** What the session lists can be narrowed by (civil dates, inclusive). */
export interface SessionFilter {
  from: string;
  to: string;
  groupId: number | null;
  locationId: number | null;
  focus: GroupFocus | null;
  volunteerId: number | null;
  status: SessionStatus | null;
}

/** Expressions over the sessions table alone (aliased `s`): the list joins more, the count not. */
type Builder = ExpressionBuilder<Database & { s: Database['group_session'] }, 's'>;

/**
 * Whether `volunteerId` facilitates the session: its own list when someone chose one for it,
 * otherwise the group's facilitators.
 */
export function facilitatedBy(eb: Builder, volunteerId: number): Expression<SqlBool> {
  return eb.or([
    eb.and([
      eb('s.has_own_facilitators', '=', 1),
      eb.exists(
        eb
          .selectFrom('session_facilitator as sf')
          .select('sf.id')
          .whereRef('sf.session_id', '=', 's.id')
          .where('sf.volunteer_id', '=', volunteerId),
      ),
    ]),
    eb.and([
      eb('s.has_own_facilitators', '=', 0),
      eb.exists(
        eb
          .selectFrom('group_facilitator as gf')
          .select('gf.id')
          .whereRef('gf.group_id', '=', 's.group_id')
          .where('gf.volunteer_id', '=', volunteerId),
      ),
    ]),
  ]);
}

/**
 * Civil days `from`..`to` (inclusive) as a range of instants that holds every session starting
 * on them, a day wider each side (no zone is more than 14 hours from UTC): beside the local-date
 * filter, it lets SQLite read a (…, starts_at) index as a range.
 */
export function startsAround(from: string, to: string): { from: string; before: string } {
  return { from: addDays(from, -1), before: addDays(to, 2) };
}

/**
 * What `filter` asks of a session's own columns (its group's focus aside, which needs the
 * group): one group's list reads its (group_id, starts_at) index as a range.
 */
export function narrowedBy(eb: Builder, filter: SessionFilter): Expression<SqlBool> {
  const terms: Expression<SqlBool>[] = [
    eb('s.local_date', '>=', filter.from),
    eb('s.local_date', '<=', filter.to),
  ];
  if (filter.groupId !== null) {
    const starts = startsAround(filter.from, filter.to);
    terms.push(
      eb('s.group_id', '=', filter.groupId),
      eb('s.starts_at', '>=', starts.from),
      eb('s.starts_at', '<', starts.before),
    );
  }
  if (filter.locationId !== null) terms.push(eb('s.location_id', '=', filter.locationId));
  if (filter.status !== null) terms.push(eb('s.status', '=', filter.status));
  if (filter.volunteerId !== null) terms.push(facilitatedBy(eb, filter.volunteerId));
  return eb.and(terms);
}
