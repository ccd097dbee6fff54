import { sql, type Kysely } from 'kysely';
import { compareIso } from '../../shared/domain/civil-dates';
import type { FacilitatorRole } from '../../shared/domain/facilitators';
import type { GroupFocus, GroupFormat, RosterMode } from '../../shared/domain/groups';
import type {
  CalendarDay,
  SessionDetail,
  SessionPage,
  SessionRow,
  SessionStatus,
} from '../../shared/domain/sessions';
import { withIndexChoice } from './indexed-by';
import type { Database } from './schema';
import { fromFlag } from './rows';
import { narrowedBy, startsAround, type SessionFilter } from './session-filter';

/** A listed group's meeting as the public calendar reads it. */
export interface PublicSessionRow {
  groupId: number;
  localDate: string;
  occurrenceDate: string | null;
  localStart: string;
  startsAt: string;
  endsAt: string;
  status: string;
  closureReason: string | null;
}

export interface HeldOnDate {
  localDate: string;
  sessionsHeld: number;
  headcount: number;
  newcomers: number;
}

const ROLE_ORDER = sql`CASE role WHEN 'lead' THEN 0 WHEN 'co' THEN 1 ELSE 2 END`;

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
        // Recording a session always stamps recorded_at (with its headcount, notes and
        // ticks), so the list learns "has a record" from the row, not from attendance.
        's.recorded_at',
      ]);
  }

  /** In start order; `filter` narrows by date, group, place, focus, facilitator and status. */
  async list(filter: SessionFilter): Promise<SessionRow[]> {
    const rows = await this.listQuery(filter).execute();
    return rows.map(toRow);
  }

  /**
   * One page of `list`, and how many it holds in all: SQLite counts the matches and skips to
   * the page, so the agenda's four weeks cross the API 50 sessions at a time.
   */
  async listPage(
    filter: SessionFilter,
    range: { offset: number; limit: number },
  ): Promise<SessionPage> {
    const counted = await this.countQuery(filter).executeTakeFirstOrThrow();
    const total = Number(counted.n);
    if (range.offset >= total) return { total, rows: [] };
    const { rows } = await this.db.executeQuery(this.pageQuery(filter, range));
    return { total, rows: rows.map(toRow) };
  }

  /**
   * The page `listPage` reads. Without a group, it walks the start-time index in the list's own
   * order (starts_at, then id) and stops after the page: through the local-date index, SQLite
   * would read and sort every session of the period first (all 17,000 of four weeks at 16 times
   * a large centre) to keep 50. Named, as the volunteer list's are: SQLite has no statistics to
   * choose by, and an index gone missing fails loudly, never slowly. One group's page keeps its
   * (group_id, starts_at) range.
   */
  pageQuery(filter: SessionFilter, range: { offset: number; limit: number }) {
    let query = this.listQuery(filter).limit(range.limit).offset(range.offset);
    if (filter.groupId !== null) return query.compile();
    const starts = startsAround(filter.from, filter.to);
    query = query.where('s.starts_at', '>=', starts.from).where('s.starts_at', '<', starts.before);
    return withIndexChoice(
      query.compile(),
      'from "group_session" as "s"',
      'indexed by group_session_starts_at',
    );
  }

  /**
   * How many sessions `list` holds: the same filter, nothing read but the count. The group is
   * joined only for a focus, and the place never: unfiltered, the period's count reads the
   * local-date index alone, not one table row per session.
   */
  countQuery(filter: SessionFilter) {
    const sessions = this.db.selectFrom('group_session as s');
    const focus = filter.focus;
    const counted = sql<number>`count(*)`.as('n');
    if (focus === null) return sessions.where((eb) => narrowedBy(eb, filter)).select(counted);
    return sessions
      .innerJoin('support_group as g', 'g.id', 's.group_id')
      .where('g.focus', '=', focus)
      .where((eb) => narrowedBy(eb, filter))
      .select(counted);
  }

  /**
   * Each day's first `perDay` sessions of `list`, and the day's count: SQLite numbers the rows
   * of each day and leaves the rest unread into JavaScript, so a month of a large centre is 70
   * rows across the API instead of 1,300.
   */
  async listFirstPerDay(filter: SessionFilter, perDay: number): Promise<CalendarDay[]> {
    const rows = await this.firstPerDayQuery(filter, perDay).execute();
    const days: CalendarDay[] = [];
    for (const { day_rank: _rank, day_total: total, day_cancelled: cancelled, ...row } of rows) {
      const last = days.at(-1);
      if (last?.date === row.local_date) last.sessions.push(toRow(row));
      else days.push({ date: row.local_date, sessions: [toRow(row)], total, cancelled });
    }
    return days;
  }

  /** The query `listFirstPerDay` runs, apart so a test can ask SQLite which indexes it reads. */
  firstPerDayQuery(filter: SessionFilter, perDay: number) {
    const numbered = this.listQuery(filter).select([
      sql<number>`row_number() over (partition by s.local_date order by s.starts_at, s.id)`.as(
        'day_rank',
      ),
      sql<number>`count(*) over (partition by s.local_date)`.as('day_total'),
      sql<number>`sum(s.status = 'cancelled') over (partition by s.local_date)`.as('day_cancelled'),
    ]);
    return this.db
      .selectFrom(numbered.as('n'))
      .selectAll()
      .where('day_rank', '<=', perDay)
      .orderBy('local_date')
      .orderBy('starts_at')
      .orderBy('id');
  }

  /** The query `list` runs, apart so a test can ask SQLite which indexes it reads. */
  listQuery(filter: SessionFilter) {
    let query = this.selectSessions().where((eb) => narrowedBy(eb, filter));
    if (filter.focus !== null) query = query.where('g.focus', '=', filter.focus);
    return query.orderBy('s.starts_at').orderBy('s.id');
  }

  /**
   * The first session `volunteerId` facilitates that is still to come or under way (scheduled,
   * not ended at `nowIso`). Read per group through the (group_id, starts_at) index and through
   * the volunteer's own session list, rather than by walking every future session.
   */
  async nextFacilitatedBy(volunteerId: number, nowIso: string): Promise<SessionRow | undefined> {
    // No session lasts a day, so one that started over a day ago has ended.
    const startedAfter = new Date(Date.parse(nowIso) - 86_400_000).toISOString();
    const upcoming = this.selectSessions()
      .where('s.status', '=', 'scheduled')
      .where('s.starts_at', '>=', startedAfter)
      .where('s.ends_at', '>', nowIso)
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .limit(1);
    const groupIds = this.db
      .selectFrom('group_facilitator')
      .select('group_id')
      .where('volunteer_id', '=', volunteerId);
    const sessionIds = this.db
      .selectFrom('session_facilitator')
      .select('session_id')
      .where('volunteer_id', '=', volunteerId);
    const candidates = await Promise.all([
      upcoming
        .where('s.has_own_facilitators', '=', 0)
        .where('s.group_id', 'in', groupIds)
        .executeTakeFirst(),
      upcoming
        .where('s.has_own_facilitators', '=', 1)
        .where('s.id', 'in', sessionIds)
        .executeTakeFirst(),
    ]);
    const [first] = candidates
      .filter((row) => row !== undefined)
      .sort((a, b) => compareIso(a.starts_at, b.starts_at) || a.id - b.id);
    return first && toRow(first);
  }

  /** Who facilitates a session: its own list when someone chose one, otherwise its group's. */
  async facilitatorsOf(
    sessionId: number,
  ): Promise<{ volunteerId: number; role: FacilitatorRole }[]> {
    const session = await this.db
      .selectFrom('group_session')
      .select(['group_id', 'has_own_facilitators'])
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (!session) return [];
    const rows = fromFlag(session.has_own_facilitators)
      ? await this.db
          .selectFrom('session_facilitator')
          .select(['volunteer_id', 'role'])
          .where('session_id', '=', sessionId)
          .orderBy(ROLE_ORDER)
          .orderBy('id')
          .execute()
      : await this.db
          .selectFrom('group_facilitator')
          .select(['volunteer_id', 'role'])
          .where('group_id', '=', session.group_id)
          .orderBy(ROLE_ORDER)
          .orderBy('id')
          .execute();
    return rows.map((row) => ({
      volunteerId: row.volunteer_id,
      role: row.role as FacilitatorRole,
    }));
  }

  /** Held sessions per civil date between `from` and `to` (inclusive), with what they recorded. */
  async heldByDate(from: string, to: string): Promise<HeldOnDate[]> {
    return this.db
      .selectFrom('group_session')
      .select([
        'local_date as localDate',
        (eb) => eb.fn.countAll<number>().as('sessionsHeld'),
        sql<number>`COALESCE(SUM(headcount), 0)`.as('headcount'),
        sql<number>`COALESCE(SUM(newcomers), 0)`.as('newcomers'),
      ])
      .where('local_date', '>=', from)
      .where('local_date', '<=', to)
      .where('status', '=', 'held')
      .groupBy('local_date')
      .execute();
  }

  /**
   * The meetings of active, publicly listed groups between two civil dates (inclusive), in start
   * order, with the reason of the closure that cancels one. Only what the public calendar
   * prints: never a reason typed for one meeting, a record or a facilitator.
   */
  async listPublic(from: string, to: string): Promise<PublicSessionRow[]> {
    return this.publicQuery(from, to).execute();
  }

  /** The query `listPublic` runs, apart so a test can ask SQLite which indexes it reads. */
  publicQuery(from: string, to: string) {
    const starts = startsAround(from, to);
    return (
      this.db
        .selectFrom('group_session as s')
        .innerJoin('support_group as g', 'g.id', 's.group_id')
        .leftJoin('closure as c', 'c.id', 's.closure_id')
        .select([
          's.group_id as groupId',
          's.local_date as localDate',
          's.occurrence_date as occurrenceDate',
          's.local_start as localStart',
          's.starts_at as startsAt',
          's.ends_at as endsAt',
          's.status',
          'c.reason as closureReason',
        ])
        .where('s.local_date', '>=', from)
        .where('s.local_date', '<=', to)
        // Each listed group's sessions are read as a range of its (group_id, starts_at) index,
        // not its whole history. At sign-in that was 90 ms of a large centre's unlock.
        .where('s.starts_at', '>=', starts.from)
        .where('s.starts_at', '<', starts.before)
        .where('g.status', '=', 'active')
        .where('g.is_listed_publicly', '=', 1)
        .orderBy('s.starts_at')
        .orderBy('s.id')
    );
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
      .select(['g.capacity', 'g.roster_mode', 's.headcount', 's.newcomers', 's.notes'])
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
    hasRecord: row.recorded_at !== null,
  };
}
