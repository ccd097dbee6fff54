import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from './schema';
import { nowIso } from './rows';

/** When and where a session is: its instants and the organisation's wall clock for them. */
interface SessionSlot {
  /** The schedule's date for it; null for a one-off extra session. */
  occurrenceDate: string | null;
  startsAt: string;
  endsAt: string;
  localDate: string;
  localStart: string;
  locationId: number | null;
  room: string;
}

/** A session to store. */
export interface NewSession extends SessionSlot {
  groupId: number;
}

/** A group's schedule and place, as generation reads them. */
export interface GroupSchedule {
  id: number;
  rrule: string;
  startTime: string;
  durationMinutes: number;
  startDate: string;
  endDate: string | null;
  locationId: number | null;
  room: string;
}

/** A stored session as regeneration weighs it: where and when it is, and whether it is free. */
export interface StoredSession extends SessionSlot {
  id: number;
  status: string;
  closureId: number | null;
  /** See UNTOUCHED: nothing recorded and no person's decision, so regeneration may redo it. */
  isUntouched: boolean;
}

/**
 * The one definition of an untouched session: made from the schedule and left alone since. No
 * record (held, headcount, newcomers, notes, attendance), no incident, no person's decision (an
 * extra session, a move, a cancellation by hand, its own facilitators or hours). A session a
 * closure cancelled still counts: the closure is re-applied after regeneration.
 */
const UNTOUCHED = sql<SqlBool>`(
  group_session.occurrence_date IS NOT NULL
  AND (group_session.status = 'scheduled'
    OR (group_session.status = 'cancelled' AND group_session.closure_id IS NOT NULL))
  AND group_session.headcount IS NULL
  AND group_session.newcomers IS NULL
  AND group_session.notes = ''
  AND group_session.recorded_at IS NULL
  AND group_session.is_moved = 0
  AND group_session.is_cancelled_by_hand = 0
  AND group_session.has_own_facilitators = 0
  AND NOT EXISTS (SELECT 1 FROM attendance WHERE attendance.session_id = group_session.id)
  AND NOT EXISTS (SELECT 1 FROM incident WHERE incident.session_id = group_session.id)
  AND NOT EXISTS (
    SELECT 1 FROM session_facilitator WHERE session_facilitator.session_id = group_session.id
  )
)`;

/** Rows per INSERT: ten values each keeps a statement far below SQLite's variable limit. */
const INSERT_CHUNK = 200;

const toRow = (session: NewSession, now: string) => ({
  group_id: session.groupId,
  occurrence_date: session.occurrenceDate,
  starts_at: session.startsAt,
  ends_at: session.endsAt,
  local_date: session.localDate,
  local_start: session.localStart,
  location_id: session.locationId,
  room: session.room,
  created_at: now,
  updated_at: now,
});

/** Sessions generated from schedules: generation, regeneration and the horizon (issue 10 item 1). */
export class SessionsRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  /** The group a session belongs to; null when there is no such session. */
  async groupIdOf(sessionId: number): Promise<number | null> {
    const row = await this.db
      .selectFrom('group_session')
      .select('group_id')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return row?.group_id ?? null;
  }

  /** What generation needs of every group that meets: active ones only. */
  async activeSchedules(groupId: number | null = null): Promise<GroupSchedule[]> {
    let query = this.db
      .selectFrom('support_group')
      .select([
        'id',
        'rrule',
        'start_time as startTime',
        'duration_minutes as durationMinutes',
        'start_date as startDate',
        'end_date as endDate',
        'location_id as locationId',
        'room',
      ])
      .where('status', '=', 'active');
    if (groupId !== null) query = query.where('id', '=', groupId);
    return query.execute();
  }

  /**
   * Stores the sessions of one group's schedule that are not stored yet (one per group and
   * schedule date, so running it again adds nothing); returns how many were added. One read of
   * the dates already there, then inserts in bulk: the daily horizon of 300 groups stays fast.
   */
  async insertMissing(sessions: readonly NewSession[]): Promise<number> {
    const dates = sessions.map((session) => session.occurrenceDate).filter((d) => d !== null);
    const [first] = sessions;
    if (!first || dates.length === 0) return this.insertMany(sessions);
    const stored = await this.db
      .selectFrom('group_session')
      .select('occurrence_date')
      .where('group_id', '=', first.groupId)
      .where(
        'occurrence_date',
        '>=',
        dates.reduce((a, b) => (a < b ? a : b)),
      )
      .where(
        'occurrence_date',
        '<=',
        dates.reduce((a, b) => (a > b ? a : b)),
      )
      .execute();
    const taken = new Set(stored.map((row) => row.occurrence_date));
    return this.insertMany(
      sessions.filter((s) => s.groupId !== first.groupId || !taken.has(s.occurrenceDate)),
    );
  }

  /** Inserts in chunks, skipping any schedule date a group already has; returns how many. */
  private async insertMany(sessions: readonly NewSession[]): Promise<number> {
    let added = 0;
    const now = nowIso();
    for (let start = 0; start < sessions.length; start += INSERT_CHUNK) {
      const result = await this.db
        .insertInto('group_session')
        .values(sessions.slice(start, start + INSERT_CHUNK).map((s) => toRow(s, now)))
        .onConflict((conflict) => conflict.columns(['group_id', 'occurrence_date']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  /**
   * A group's sessions that a schedule change may concern: those still to start, and any whose
   * schedule date is today or later (a session moved into the past still holds its date).
   */
  async sessionsFrom(groupId: number, today: string, now: string): Promise<StoredSession[]> {
    const rows = await this.db
      .selectFrom('group_session')
      .select([
        'id',
        'occurrence_date as occurrenceDate',
        'starts_at as startsAt',
        'ends_at as endsAt',
        'local_date as localDate',
        'local_start as localStart',
        'location_id as locationId',
        'room',
        'status',
        'closure_id as closureId',
        UNTOUCHED.as('isUntouched'),
      ])
      .where('group_id', '=', groupId)
      .where((eb) => eb.or([eb('starts_at', '>', now), eb('occurrence_date', '>=', today)]))
      .orderBy('starts_at')
      .execute();
    return rows.map((row) => ({ ...row, isUntouched: Number(row.isUntouched) === 1 }));
  }

  /**
   * Puts an untouched session at its schedule's new date, time and place, scheduled again (a
   * closure is re-applied afterwards). Refuses, returning false, once anyone has touched it.
   */
  async regenerate(id: number, session: NewSession): Promise<boolean> {
    const result = await this.db
      .updateTable('group_session')
      .set({
        occurrence_date: session.occurrenceDate,
        starts_at: session.startsAt,
        ends_at: session.endsAt,
        local_date: session.localDate,
        local_start: session.localStart,
        location_id: session.locationId,
        room: session.room,
        status: 'scheduled',
        cancel_reason: '',
        closure_id: null,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .where(UNTOUCHED)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Removes untouched sessions the schedule no longer has: they hold nothing anyone typed, only
   * what the schedule said. Touched ones are never removed; returns how many went.
   */
  async removeUntouched(ids: readonly number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db
      .deleteFrom('group_session')
      .where('id', 'in', ids)
      .where(UNTOUCHED)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Stores one session (scheduled, no records yet); returns its id. */
  async insert(session: NewSession): Promise<number> {
    const now = nowIso();
    const row = await this.db
      .insertInto('group_session')
      .values(toRow(session, now))
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
}
