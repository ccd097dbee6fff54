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

  /** Stores one session (scheduled, no records yet); returns its id. */
  async insert(session: NewSession): Promise<number> {
    const now = nowIso();
    const row = await this.db
      .insertInto('group_session')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
}
