import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { GroupFocus, GroupFormat, RosterMode } from '../../shared/domain/groups';
import type { SessionDetail, SessionRow, SessionStatus } from '../../shared/domain/sessions';
import type { Database } from './schema';
import { fromFlag } from './rows';

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

type Builder = ExpressionBuilder<
  Database & { s: Database['group_session']; g: Database['support_group'] },
  's' | 'g'
>;

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

/** Session lists for the calendar, a group's page and the dashboard (issue 10 item 6). */
export class SessionQueriesRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  private selectSessions() {
    return this.db
      .selectFrom('group_session as s')
      .innerJoin('support_group as g', 'g.id', 's.group_id')
      .leftJoin('location as l', 'l.id', 's.location_id')
      .select([
        's.id',
        's.group_id',
        'g.name as group_name',
        'g.focus',
        'g.format',
        's.starts_at',
        's.ends_at',
        's.local_date',
        's.local_start',
        's.location_id',
        'l.name as location_name',
        's.room',
        's.status',
        's.cancel_reason',
        's.closure_id',
        's.occurrence_date',
        's.is_moved',
        's.headcount',
        's.notes',
        sql<number>`EXISTS (SELECT 1 FROM attendance AS a WHERE a.session_id = s.id)`.as(
          'has_attendance',
        ),
      ]);
  }

  /** In start order; `filter` narrows by date, group, place, focus, facilitator and status. */
  async list(filter: SessionFilter): Promise<SessionRow[]> {
    let query = this.selectSessions().where('s.local_date', '>=', filter.from);
    query = query.where('s.local_date', '<=', filter.to);
    if (filter.groupId !== null) query = query.where('s.group_id', '=', filter.groupId);
    if (filter.locationId !== null) query = query.where('s.location_id', '=', filter.locationId);
    if (filter.focus !== null) query = query.where('g.focus', '=', filter.focus);
    if (filter.status !== null) query = query.where('s.status', '=', filter.status);
    const volunteerId = filter.volunteerId;
    if (volunteerId !== null) query = query.where((eb) => facilitatedBy(eb, volunteerId));
    const rows = await query.orderBy('s.starts_at').orderBy('s.id').execute();
    return rows.map(toRow);
  }

  /** The sessions named, in the order given (lists whose choice another repository makes). */
  async listByIds(ids: readonly number[]): Promise<SessionRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.selectSessions().where('s.id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, toRow(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async find(id: number): Promise<SessionDetail | undefined> {
    const row = await this.selectSessions()
      .select(['g.capacity', 'g.roster_mode', 's.newcomers', 's.recorded_at'])
      .where('s.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      ...toRow(row),
      durationMinutes: Math.round((Date.parse(row.ends_at) - Date.parse(row.starts_at)) / 60_000),
      capacity: row.capacity,
      rosterMode: row.roster_mode as RosterMode,
      headcount: row.headcount,
      newcomers: row.newcomers,
      notes: row.notes,
      recordedAt: row.recorded_at,
    };
  }
}

type Row = Awaited<
  ReturnType<ReturnType<SessionQueriesRepository['selectSessions']>['execute']>
>[number];

function toRow(row: Row): SessionRow {
  return {
    id: row.id,
    groupId: row.group_id,
    groupName: row.group_name,
    focus: row.focus as GroupFocus,
    format: row.format as GroupFormat,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    localDate: row.local_date,
    localStart: row.local_start,
    locationId: row.location_id,
    locationName: row.location_name,
    room: row.room,
    status: row.status as SessionStatus,
    cancelReason: row.cancel_reason,
    closureId: row.closure_id,
    isExtra: row.occurrence_date === null,
    isMoved: fromFlag(row.is_moved),
    hasRecord: row.headcount !== null || row.notes !== '' || row.has_attendance === 1,
  };
}
