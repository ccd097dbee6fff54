import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Closure, ClosurePreview } from '../../shared/domain/closures';
import type { SessionStatus } from '../../shared/domain/sessions';
import type { Database } from './schema';
import type { NewSession } from './sessions-repository';
import { fromFlag, nowIso } from './rows';

/** A closure as it is stored: dates, place (null: the whole centre) and reason. */
export interface ClosureFields {
  startsOn: string;
  endsOn: string;
  locationId: number | null;
  reason: string;
}

/** What the exception rules need to know of one session. */
export interface SessionState {
  status: SessionStatus;
  /** The closure in force that cancels it, if one does. */
  closureId: number | null;
  isCancelledByHand: boolean;
}

/** Where and when a session meets: its instants, the wall clock and the place. */
export type SessionPlace = Omit<NewSession, 'groupId' | 'occurrenceDate'>;

/** Where a session's place and date fall under a closure (whole centre, or its own location). */
const covers = (closure: string, session: string): RawBuilder<unknown> =>
  sql`${sql.ref(`${session}.local_date`)} BETWEEN ${sql.ref(`${closure}.starts_on`)}
    AND ${sql.ref(`${closure}.ends_on`)}
    AND (${sql.ref(`${closure}.location_id`)} IS NULL
      OR ${sql.ref(`${closure}.location_id`)} = ${sql.ref(`${session}.location_id`)})`;

/** Closures and one session's exceptions (issue 10 item 2). */
export class ClosuresRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  /**
   * Cancels, with the closure's reason, every scheduled session dated inside a closure in force
   * (the whole centre, or the session's own location) between `from` and `to`; returns how
   * many. Held sessions and sessions already cancelled are left as they are.
   */
  async cancelSessionsInside(from: string, to: string): Promise<number> {
    return this.cancelScheduledWhere(sql`s2.local_date BETWEEN ${from} AND ${to}`);
  }

  /** The same for one session (added or moved by hand): a closed centre closes it too. */
  async cancelSessionIfClosed(sessionId: number): Promise<boolean> {
    return (await this.cancelScheduledWhere(sql`s2.id = ${sessionId}`)) > 0;
  }

  private async cancelScheduledWhere(sessions: RawBuilder<unknown>): Promise<number> {
    const result = await sql`
      UPDATE group_session AS s
      SET status = 'cancelled', closure_id = c.id, cancel_reason = c.reason, updated_at = ${nowIso()}
      FROM (
        SELECT s2.id AS session_id, MIN(c2.id) AS closure_id
        FROM group_session AS s2
        JOIN closure AS c2 ON ${covers('c2', 's2')}
        WHERE c2.removed_at IS NULL AND s2.status = 'scheduled' AND ${sessions}
        GROUP BY s2.id
      ) AS hit
      JOIN closure AS c ON c.id = hit.closure_id
      WHERE s.id = hit.session_id`.execute(this.db);
    return Number(result.numAffectedRows ?? 0n);
  }

  /** Closures in force, the latest dates first, with how many sessions each cancels now. */
  async listInForce(): Promise<Closure[]> {
    return this.selectClosures().orderBy('c.starts_on', 'desc').orderBy('c.id', 'desc').execute();
  }

  /** Closures in force that overlap two civil dates (inclusive), the earliest first. */
  async listOverlapping(from: string, to: string): Promise<ClosureFields[]> {
    return this.db
      .selectFrom('closure')
      .select(['starts_on as startsOn', 'ends_on as endsOn', 'location_id as locationId', 'reason'])
      .where('removed_at', 'is', null)
      .where('starts_on', '<=', to)
      .where('ends_on', '>=', from)
      .orderBy('starts_on')
      .orderBy('id')
      .execute();
  }

  /** One closure in force; undefined when there is none or it was removed. */
  async findInForce(id: number): Promise<Closure | undefined> {
    return this.selectClosures().where('c.id', '=', id).executeTakeFirst();
  }

  private selectClosures() {
    return this.db
      .selectFrom('closure as c')
      .leftJoin('location as l', 'l.id', 'c.location_id')
      .select([
        'c.id',
        'c.starts_on as startsOn',
        'c.ends_on as endsOn',
        'c.location_id as locationId',
        'l.name as locationName',
        'c.reason',
        sql<number>`(SELECT COUNT(*) FROM group_session AS s WHERE s.closure_id = c.id)`.as(
          'cancelledSessions',
        ),
      ])
      .where('c.removed_at', 'is', null);
  }

  /** How many sessions a closure would cancel: scheduled ones only (held and cancelled stay). */
  async preview(closure: ClosureFields): Promise<ClosurePreview> {
    let query = this.db
      .selectFrom('group_session')
      .select((eb) => eb.fn.countAll<number>().as('sessions'))
      .where('status', '=', 'scheduled')
      .where('local_date', '>=', closure.startsOn)
      .where('local_date', '<=', closure.endsOn);
    if (closure.locationId !== null) query = query.where('location_id', '=', closure.locationId);
    return query.executeTakeFirstOrThrow();
  }

  /** Stores a closure and cancels the scheduled sessions inside it; returns its id. */
  async create(closure: ClosureFields): Promise<number> {
    const now = nowIso();
    const { id } = await this.db
      .insertInto('closure')
      .values({
        starts_on: closure.startsOn,
        ends_on: closure.endsOn,
        location_id: closure.locationId,
        reason: closure.reason,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`
      UPDATE group_session AS s
      SET status = 'cancelled', closure_id = c.id, cancel_reason = c.reason, updated_at = ${now}
      FROM closure AS c
      WHERE c.id = ${id} AND s.status = 'scheduled' AND ${covers('c', 's')}`.execute(this.db);
    return id;
  }

  /**
   * Takes a closure out of force (it stays stored, marked removed) and gives its sessions back:
   * each becomes scheduled again, unless another closure in force also covers it, which then
   * becomes the one that cancels it. Returns how many sessions are scheduled again.
   */
  async remove(id: number): Promise<number> {
    const now = nowIso();
    await this.db
      .updateTable('closure')
      .set({ removed_at: now, updated_at: now })
      .where('id', '=', id)
      .execute();
    await sql`
      UPDATE group_session AS s
      SET closure_id = c.id, cancel_reason = c.reason, updated_at = ${now}
      FROM (
        SELECT s2.id AS session_id, MIN(c2.id) AS closure_id
        FROM group_session AS s2
        JOIN closure AS c2 ON ${covers('c2', 's2')}
        WHERE c2.removed_at IS NULL AND s2.closure_id = ${id}
        GROUP BY s2.id
      ) AS hit
      JOIN closure AS c ON c.id = hit.closure_id
      WHERE s.id = hit.session_id`.execute(this.db);
    const restored = await this.db
      .updateTable('group_session')
      .set({ status: 'scheduled', closure_id: null, cancel_reason: '', updated_at: now })
      .where('closure_id', '=', id)
      .executeTakeFirst();
    return Number(restored.numUpdatedRows);
  }

  /** What the exception rules need to know of one session; undefined when there is none. */
  async sessionState(id: number): Promise<SessionState | undefined> {
    const row = await this.db
      .selectFrom('group_session')
      .select(['status', 'closure_id', 'is_cancelled_by_hand'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      status: row.status as SessionStatus,
      closureId: row.closure_id,
      isCancelledByHand: fromFlag(row.is_cancelled_by_hand),
    };
  }

  /** Cancels one session by a person's decision: no closure removal brings it back. */
  async cancelByHand(id: number, reason: string): Promise<void> {
    await this.db
      .updateTable('group_session')
      .set({
        status: 'cancelled',
        cancel_reason: reason,
        closure_id: null,
        is_cancelled_by_hand: 1,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Puts a session cancelled by hand back on the calendar. */
  async restoreByHand(id: number): Promise<void> {
    await this.db
      .updateTable('group_session')
      .set({
        status: 'scheduled',
        cancel_reason: '',
        is_cancelled_by_hand: 0,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .where('is_cancelled_by_hand', '=', 1)
      .execute();
  }

  /**
   * Gives one session another date, time or place and marks it moved. Its schedule date stays,
   * so the schedule never adds it again. A session a closure cancelled is scheduled again: the
   * handler then applies whatever closure covers its new date.
   */
  async move(id: number, place: SessionPlace): Promise<void> {
    await this.db
      .updateTable('group_session')
      .set((eb) => ({
        starts_at: place.startsAt,
        ends_at: place.endsAt,
        local_date: place.localDate,
        local_start: place.localStart,
        location_id: place.locationId,
        room: place.room,
        is_moved: 1,
        status: eb
          .case()
          .when('closure_id', 'is not', null)
          .then('scheduled')
          .else(eb.ref('status'))
          .end(),
        cancel_reason: eb
          .case()
          .when('closure_id', 'is not', null)
          .then('')
          .else(eb.ref('cancel_reason'))
          .end(),
        closure_id: null,
        updated_at: nowIso(),
      }))
      .where('id', '=', id)
      .execute();
  }
}
