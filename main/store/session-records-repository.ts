import { sql, type Kysely } from 'kysely';
import type { FacilitatorRole } from '../../shared/domain/facilitators';
import type { RosterMode } from '../../shared/domain/groups';
import type { Participant, SessionHours } from '../../shared/domain/session-records';
import type { SessionStatus } from '../../shared/domain/sessions';
import { volunteerDisplayName } from '../../shared/domain/volunteers';
import type { Database } from './schema';
import { fromFlag, nowIso } from './rows';

/** What recording a session needs to know about it and its group. */
export interface SessionForRecord {
  id: number;
  groupId: number;
  status: SessionStatus;
  startsAt: string;
  localDate: string;
  hasOwnFacilitators: boolean;
  capacity: number | null;
  rosterMode: RosterMode;
  headcount: number | null;
  newcomers: number | null;
  notes: string;
}

/** What a record stores on the session itself. */
export interface SessionRecordFields {
  headcount: number;
  newcomers: number;
  notes: string;
  recordedAt: string;
  recordedBy: number;
}

/** Which past sessions still need a record: a window of start instants, maybe some groups. */
export interface NeedsRecordQuery {
  /** Sessions that ended at or before this instant (ISO). */
  endedBy: string;
  /** Sessions that started at or after this instant (ISO): the list's reach back. */
  startedFrom: string;
  /** A facilitator's own groups; null for everyone's. */
  groupIds: readonly number[] | null;
  limit: number;
}

const toParticipant = (row: {
  id: number;
  group_id: number;
  name: string;
  consent_on: string;
  consent_withdrawn_on: string | null;
}): Participant => ({
  id: row.id,
  groupId: row.group_id,
  name: row.name,
  consentOn: row.consent_on,
  consentWithdrawnOn: row.consent_withdrawn_on,
});

/** Session records, participants and attendance (issue 10 item 4). */
export class SessionRecordsRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  async findSession(id: number): Promise<SessionForRecord | undefined> {
    const row = await this.db
      .selectFrom('group_session as s')
      .innerJoin('support_group as g', 'g.id', 's.group_id')
      .select([
        's.id',
        's.group_id',
        's.status',
        's.starts_at',
        's.local_date',
        's.has_own_facilitators',
        'g.capacity',
        'g.roster_mode',
        's.headcount',
        's.newcomers',
        's.notes',
      ])
      .where('s.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      groupId: row.group_id,
      status: row.status as SessionStatus,
      startsAt: row.starts_at,
      localDate: row.local_date,
      hasOwnFacilitators: fromFlag(row.has_own_facilitators),
      capacity: row.capacity,
      rosterMode: row.roster_mode as RosterMode,
      headcount: row.headcount,
      newcomers: row.newcomers,
      notes: row.notes,
    };
  }

  /**
   * Who is credited for the session: its own list once someone chose one (or a record froze
   * it), otherwise the group's facilitators as they are now, without hours. Lead first.
   */
  async facilitatorsOf(session: SessionForRecord): Promise<SessionHours[]> {
    const rows = session.hasOwnFacilitators
      ? await this.db
          .selectFrom('session_facilitator as f')
          .innerJoin('volunteer as v', 'v.id', 'f.volunteer_id')
          .select(['f.volunteer_id', 'f.role', 'f.hours', 'f.id'])
          .select(['v.first_name', 'v.last_name', 'v.preferred_name'])
          .where('f.session_id', '=', session.id)
          .orderBy(sql`CASE f.role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END`)
          .orderBy('f.id')
          .execute()
      : await this.db
          .selectFrom('group_facilitator as f')
          .innerJoin('volunteer as v', 'v.id', 'f.volunteer_id')
          .select(['f.volunteer_id', 'f.role', sql<number | null>`NULL`.as('hours'), 'f.id'])
          .select(['v.first_name', 'v.last_name', 'v.preferred_name'])
          .where('f.group_id', '=', session.groupId)
          .orderBy(sql`CASE f.role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END`)
          .orderBy('f.id')
          .execute();
    return rows.map((row) => ({
      volunteerId: row.volunteer_id,
      displayName: volunteerDisplayName({
        firstName: row.first_name,
        lastName: row.last_name,
        preferredName: row.preferred_name,
      }),
      role: row.role as FacilitatorRole,
      hours: row.hours,
    }));
  }

  /**
   * Gives the session its own facilitator list, copied from the group's facilitators now, so a
   * later change to the group does not rewrite who facilitated a session that was held.
   */
  async freezeFacilitators(session: SessionForRecord): Promise<void> {
    const now = nowIso();
    await this.db
      .insertInto('session_facilitator')
      .columns(['session_id', 'volunteer_id', 'role', 'override_reason', 'created_at'])
      .expression((eb) =>
        eb
          .selectFrom('group_facilitator')
          .select([
            sql.lit(session.id).as('session_id'),
            'volunteer_id',
            'role',
            'override_reason',
            sql.lit(now).as('created_at'),
          ])
          .where('group_id', '=', session.groupId),
      )
      .execute();
    await this.db
      .updateTable('group_session')
      .set({ has_own_facilitators: 1, updated_at: now })
      .where('id', '=', session.id)
      .execute();
  }

  /** Sets every facilitator's hours for the session: those not in `hours` have none. */
  async setHours(sessionId: number, hours: ReadonlyMap<number, number>): Promise<void> {
    const rows = await this.db
      .selectFrom('session_facilitator')
      .select('volunteer_id')
      .where('session_id', '=', sessionId)
      .execute();
    for (const { volunteer_id } of rows) {
      await this.db
        .updateTable('session_facilitator')
        .set({ hours: hours.get(volunteer_id) ?? null })
        .where('session_id', '=', sessionId)
        .where('volunteer_id', '=', volunteer_id)
        .execute();
    }
  }

  /** Marks the session held with what happened. */
  async saveRecord(sessionId: number, record: SessionRecordFields): Promise<void> {
    await this.db
      .updateTable('group_session')
      .set({
        status: 'held',
        headcount: record.headcount,
        newcomers: record.newcomers,
        notes: record.notes,
        recorded_at: record.recordedAt,
        recorded_by: record.recordedBy,
        updated_at: nowIso(),
      })
      .where('id', '=', sessionId)
      .execute();
  }

  async attendedIds(sessionId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .select('participant_id')
      .where('session_id', '=', sessionId)
      .orderBy('participant_id')
      .execute();
    return rows.map((row) => row.participant_id);
  }

  /** Who attended is what the last record said: the ticks are replaced as a whole. */
  async replaceAttendance(sessionId: number, participantIds: readonly number[]): Promise<void> {
    await this.db.deleteFrom('attendance').where('session_id', '=', sessionId).execute();
    if (participantIds.length === 0) return;
    await this.db
      .insertInto('attendance')
      .values(participantIds.map((id) => ({ session_id: sessionId, participant_id: id })))
      .execute();
  }

  /**
   * Past sessions still scheduled with no record, newest first. The range on `starts_at` walks
   * its index backwards from now, so the cost follows the window, not the whole history.
   */
  async listNeedsRecordIds(query: NeedsRecordQuery): Promise<number[]> {
    let select = this.db
      .selectFrom('group_session')
      .select('id')
      .where('starts_at', '>=', query.startedFrom)
      .where('starts_at', '<', query.endedBy)
      .where('ends_at', '<=', query.endedBy)
      .where('status', '=', 'scheduled')
      .where('recorded_at', 'is', null);
    if (query.groupIds !== null) {
      if (query.groupIds.length === 0) return [];
      select = select.where('group_id', 'in', query.groupIds);
    }
    const rows = await select
      .orderBy('starts_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .execute();
    return rows.map((row) => row.id);
  }

  private selectParticipants() {
    return this.db
      .selectFrom('participant')
      .select(['id', 'group_id', 'name', 'consent_on', 'consent_withdrawn_on']);
  }

  /** A group's participants by name; those who withdrew consent only when asked for. */
  async listParticipants(groupId: number, includeWithdrawn: boolean): Promise<Participant[]> {
    let query = this.selectParticipants().where('group_id', '=', groupId);
    if (!includeWithdrawn) query = query.where('consent_withdrawn_on', 'is', null);
    const rows = await query
      .orderBy(sql`name COLLATE NOCASE`)
      .orderBy('id')
      .execute();
    return rows.map(toParticipant);
  }

  /** The participant, only within `groupId`: an id from another group is not found. */
  async findParticipant(groupId: number, id: number): Promise<Participant | undefined> {
    const row = await this.selectParticipants()
      .where('group_id', '=', groupId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toParticipant(row);
  }

  async addParticipant(groupId: number, name: string, consentOn: string): Promise<number> {
    const now = nowIso();
    const row = await this.db
      .insertInto('participant')
      .values({ group_id: groupId, name, consent_on: consentOn, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async updateParticipant(
    id: number,
    fields: { name: string; consentOn: string; consentWithdrawnOn: string | null },
  ): Promise<void> {
    await this.db
      .updateTable('participant')
      .set({
        name: fields.name,
        consent_on: fields.consentOn,
        consent_withdrawn_on: fields.consentWithdrawnOn,
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
  }
}
