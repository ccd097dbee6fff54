import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { FacilitatorRole } from '../../shared/domain/facilitators';
import { MAX_SESSION_MINUTES } from '../../shared/domain/groups';
import type { SessionStatus } from '../../shared/domain/sessions';
import type { Database } from './schema';
import { nowIso } from './rows';

/** One person facilitating one session, as stored (readiness is worked out by the caller). */
export interface StoredSessionFacilitator {
  sessionId: number;
  volunteerId: number;
  role: FacilitatorRole;
  overrideReason: string;
  /** Only a session's own list holds hours; the group's list has none. */
  hours: number | null;
}

/** What cover needs of one session. */
export interface CoverSession {
  id: number;
  groupId: number;
  groupName: string;
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
  localDate: string;
  localStart: string;
  hasOwnFacilitators: boolean;
}

/**
 * Which sessions a query of facilitators looks at: one, or those in a window of civil dates (the
 * scheduled ones for cover; every one, held and cancelled too, for the rota).
 */
type SessionPick = { sessionId: number } | { from: string; to: string; isAnyStatus?: boolean };

function picked(pick: SessionPick): RawBuilder<SqlBool> {
  if ('sessionId' in pick) return sql<SqlBool>`s.id = ${pick.sessionId}`;
  const inWindow = sql<SqlBool>`s.local_date >= ${pick.from} AND s.local_date <= ${pick.to}`;
  return pick.isAnyStatus ? inWindow : sql<SqlBool>`${inWindow} AND s.status = 'scheduled'`;
}

const ROLE_ORDER = sql<number>`CASE role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END`;

/** Who facilitates each session; coverage gaps and conflicts (issue 10 item 3). */
export class SessionCoverRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  private selectSessions() {
    return this.db
      .selectFrom('group_session as s')
      .innerJoin('support_group as g', 'g.id', 's.group_id')
      .select([
        's.id',
        's.group_id as groupId',
        'g.name as groupName',
        's.status',
        's.starts_at as startsAt',
        's.ends_at as endsAt',
        's.local_date as localDate',
        's.local_start as localStart',
        's.has_own_facilitators',
      ]);
  }

  async findSession(id: number): Promise<CoverSession | undefined> {
    const row = await this.selectSessions().where('s.id', '=', id).executeTakeFirst();
    return row && toSession(row);
  }

  /**
   * Scheduled sessions on these civil dates (inclusive) that have not ended by `endedBy`; with
   * `overlapping`, only those that share some of its time (one session's page: what it can
   * clash with, a few rows however large the centre).
   */
  async scheduledBetween(
    from: string,
    to: string,
    endedBy: string,
    overlapping?: { startsAt: string; endsAt: string },
  ): Promise<CoverSession[]> {
    let query = this.selectSessions()
      .where('s.local_date', '>=', from)
      .where('s.local_date', '<=', to)
      .where('s.status', '=', 'scheduled')
      .where('s.ends_at', '>', endedBy);
    if (overlapping) {
      // No session is longer than MAX_SESSION_MINUTES: that bounds the index range of starts.
      const earliest = new Date(
        Date.parse(overlapping.startsAt) - MAX_SESSION_MINUTES * 60_000,
      ).toISOString();
      query = query
        .where('s.starts_at', '>=', earliest)
        .where('s.starts_at', '<', overlapping.endsAt)
        .where('s.ends_at', '>', overlapping.startsAt);
    }
    const rows = await query.orderBy('s.starts_at').orderBy('s.id').execute();
    return rows.map(toSession);
  }

  /**
   * The facilitators in force: a session's own list once someone chose one for it, otherwise
   * its group's current facilitators (the rule of `facilitatedBy` in session-queries). One
   * query for a whole window; lead first, then co, then backup, in the order they were added.
   * CROSS JOIN keeps SQLite reading the window's sessions first: started from the facilitators,
   * it would walk every session of each group (years of them).
   */
  async facilitatorsOf(pick: SessionPick): Promise<StoredSessionFacilitator[]> {
    const own = this.db
      .selectFrom('group_session as s')
      .crossJoin('session_facilitator as f')
      .whereRef('f.session_id', '=', 's.id')
      .select([
        's.id as sessionId',
        'f.volunteer_id as volunteerId',
        'f.role',
        'f.override_reason as overrideReason',
        'f.hours',
        'f.id as rowId',
      ])
      .where('s.has_own_facilitators', '=', 1);
    const group = this.db
      .selectFrom('group_session as s')
      .crossJoin('group_facilitator as f')
      .whereRef('f.group_id', '=', 's.group_id')
      .select([
        's.id as sessionId',
        'f.volunteer_id as volunteerId',
        'f.role',
        'f.override_reason as overrideReason',
        sql<number | null>`NULL`.as('hours'),
        'f.id as rowId',
      ])
      .where('s.has_own_facilitators', '=', 0);
    const rows = await this.db
      .selectFrom(
        own
          .where(picked(pick))
          .unionAll(group.where(picked(pick)))
          .as('x'),
      )
      .selectAll()
      .orderBy('sessionId')
      .orderBy(ROLE_ORDER)
      .orderBy('rowId')
      .execute();
    return rows.map((row) => toFacilitator(row.sessionId, row));
  }

  /**
   * The facilitators in force for these sessions, as `facilitatorsOf` gives them (the same rule,
   * the same order), for a window already read. Each group's list is read once for all its
   * sessions and repeated here, where SQL would read the window's sessions twice more and sort
   * a row per session and facilitator: thousands of rows for a fortnight of a large centre.
   */
  async facilitatorsOfSessions(
    sessions: readonly Pick<CoverSession, 'id' | 'groupId' | 'hasOwnFacilitators'>[],
  ): Promise<StoredSessionFacilitator[]> {
    const ownIds = sessions.filter((s) => s.hasOwnFacilitators).map((s) => s.id);
    const groupIds = [
      ...new Set(sessions.filter((s) => !s.hasOwnFacilitators).map((s) => s.groupId)),
    ];
    const own = await this.db
      .selectFrom('session_facilitator')
      .select([
        'session_id as sessionId',
        'volunteer_id as volunteerId',
        'role',
        'override_reason as overrideReason',
        'hours',
      ])
      .where(sql<SqlBool>`session_id IN (SELECT value FROM json_each(${JSON.stringify(ownIds)}))`)
      .orderBy('session_id')
      .orderBy(ROLE_ORDER)
      .orderBy('id')
      .execute();
    const ofGroups = await this.db
      .selectFrom('group_facilitator')
      .select([
        'group_id as groupId',
        'volunteer_id as volunteerId',
        'role',
        'override_reason as overrideReason',
      ])
      .where(sql<SqlBool>`group_id IN (SELECT value FROM json_each(${JSON.stringify(groupIds)}))`)
      .orderBy(ROLE_ORDER)
      .orderBy('id')
      .execute();
    const ownBySession = listsBy(own, (row) => row.sessionId);
    const byGroup = listsBy(ofGroups, (row) => row.groupId);
    return [...sessions]
      .sort((a, b) => a.id - b.id)
      .flatMap((session) =>
        session.hasOwnFacilitators
          ? (ownBySession.get(session.id) ?? []).map((row) => toFacilitator(session.id, row))
          : (byGroup.get(session.groupId) ?? []).map((row) =>
              toFacilitator(session.id, { ...row, hours: null }),
            ),
      );
  }

  /**
   * Makes `list` the session's own list. Those who stay keep their row and recorded hours; the
   * caller has made sure nobody with hours is left out.
   */
  async replace(
    sessionId: number,
    list: readonly Omit<StoredSessionFacilitator, 'sessionId' | 'hours'>[],
  ): Promise<void> {
    const keep = list.map((f) => f.volunteerId);
    let removal = this.db.deleteFrom('session_facilitator').where('session_id', '=', sessionId);
    if (keep.length > 0) removal = removal.where('volunteer_id', 'not in', keep);
    await removal.execute();
    const createdAt = nowIso();
    for (const f of list) {
      await this.db
        .insertInto('session_facilitator')
        .values({
          session_id: sessionId,
          volunteer_id: f.volunteerId,
          role: f.role,
          override_reason: f.overrideReason,
          created_at: createdAt,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['session_id', 'volunteer_id'])
            .doUpdateSet({ role: f.role, override_reason: f.overrideReason }),
        )
        .execute();
    }
    await this.setOwn(sessionId, true);
  }

  /** Back to the group's facilitators: the session's own list goes (it holds no hours). */
  async reset(sessionId: number): Promise<void> {
    await this.db.deleteFrom('session_facilitator').where('session_id', '=', sessionId).execute();
    await this.setOwn(sessionId, false);
  }

  private async setOwn(sessionId: number, isOwn: boolean): Promise<void> {
    await this.db
      .updateTable('group_session')
      .set({ has_own_facilitators: isOwn ? 1 : 0, updated_at: nowIso() })
      .where('id', '=', sessionId)
      .execute();
  }
}

function listsBy<T>(rows: readonly T[], keyOf: (row: T) => number): Map<number, T[]> {
  const lists = new Map<number, T[]>();
  for (const row of rows) {
    const list = lists.get(keyOf(row));
    if (list) list.push(row);
    else lists.set(keyOf(row), [row]);
  }
  return lists;
}

function toFacilitator(
  sessionId: number,
  row: { volunteerId: number; role: string; overrideReason: string; hours: number | null },
): StoredSessionFacilitator {
  return {
    sessionId,
    volunteerId: row.volunteerId,
    role: row.role as FacilitatorRole,
    overrideReason: row.overrideReason,
    hours: row.hours,
  };
}

type SessionRow = Awaited<
  ReturnType<ReturnType<SessionCoverRepository['selectSessions']>['execute']>
>[number];

function toSession({ has_own_facilitators, ...row }: SessionRow): CoverSession {
  return {
    ...row,
    status: row.status as SessionStatus,
    hasOwnFacilitators: has_own_facilitators === 1,
  };
}
