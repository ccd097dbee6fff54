import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { nowIso } from './rows';

/** A session to store: its instants and the organisation's wall clock for them. */
export interface NewSession {
  groupId: number;
  /** The schedule's date for it; null for a one-off extra session. */
  occurrenceDate: string | null;
  startsAt: string;
  endsAt: string;
  localDate: string;
  localStart: string;
  locationId: number | null;
  room: string;
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
   * Stores the sessions a schedule has that are not stored yet (one per group and schedule
   * date, so running it again adds nothing); returns how many were added.
   */
  async insertMissing(sessions: readonly NewSession[]): Promise<number> {
    let added = 0;
    const now = nowIso();
    for (const session of sessions) {
      const result = await this.db
        .insertInto('group_session')
        .values(toRow(session, now))
        .onConflict((conflict) => conflict.columns(['group_id', 'occurrence_date']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
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
