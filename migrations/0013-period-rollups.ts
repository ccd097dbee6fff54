import { sql, type Kysely } from 'kysely';

// The funder report adds up a period's sessions per group and month, and the hours given to the
// held ones. Even read from a covering index (0012), a year is every session of that year and
// every facilitator row of its held sessions: 14,000 and 26,000 at the large demo centre (45 ms,
// 76 ms in a core just unlocked), sixteen times that at 16×, where the report took a second.
// These two tables keep those figures per month, up to date with every write by triggers in the
// same transaction, so that a period of whole months is read as a few hundred rows per month.
// They hold counts and sums only (no name, no note), inside the same encrypted database.
//
// - period_group_month: per group and month of local_date (YYYY-MM), the sessions of every
//   status, held, cancelled (and by a closure), the held ones' headcount and newcomers, and
//   their facilitators' hours (how many recorded, and their sum). A row exists while the group
//   has a session that month. Each write recomputes the cells it touches from the sessions
//   themselves (never adds or subtracts), so a sum of hours cannot drift.
// - period_volunteer_month: per month and volunteer, how many of that month's held sessions
//   record hours for them (a count kept exact by adding and subtracting whole numbers). The
//   report's "volunteers who gave time" is how many different volunteers a period's months hold.
//   (No CHECK on it: a fault in these figures must never stop a coordinator's write.)
//
// "Ended but still scheduled" depends on the time of asking and is not kept: the report reads
// those few sessions as it did. Months that a period covers only in part are read as before too.

/** How far a session's start instant (UTC) may be from its local date: zones are −12 to +14 h. */
const LOCAL_DATE_SLACK = '2 days';

/** period_group_month's columns, in the order the figures below give them. */
const GROUP_MONTH_COLUMNS = `month, group_id, sessions, held, cancelled, cancelled_by_closure,
  attendance, newcomers, hour_entries, hours`;

/** A group's month as figures, from its sessions `s` (the columns sessions … newcomers). */
const SESSION_FIGURES = `count(*) AS sessions, sum(s.status = 'held') AS held,
  sum(s.status = 'cancelled') AS cancelled,
  sum(s.status = 'cancelled' AND s.closure_id IS NOT NULL) AS cancelled_by_closure,
  coalesce(sum(CASE WHEN s.status = 'held' THEN s.headcount END), 0) AS attendance,
  coalesce(sum(CASE WHEN s.status = 'held' THEN s.newcomers END), 0) AS newcomers`;

/** The hours of its held sessions, from their facilitator rows `sf` (hour_entries, hours). */
const HOUR_FIGURES = 'count(sf.hours) AS hour_entries, total(sf.hours) AS hours';

/** A group's held sessions joined to their facilitator rows. */
const HELD_WITH_FACILITATORS = `group_session AS s
  JOIN session_facilitator AS sf ON sf.session_id = s.id`;

/**
 * Recomputes one group's month from its sessions: `group` and `month` are SQL expressions (a
 * trigger's `new.group_id`, …). The sessions are found by the group's start instants around the
 * month (index group_session_group), then kept by their local date.
 */
export function recomputeGroupMonth(group: string, month: string): string[] {
  const sessionsOfCell = `s.group_id = ${group}
      AND s.starts_at >= date(${month} || '-01', '-${LOCAL_DATE_SLACK}')
      AND s.starts_at < date(${month} || '-01', '+1 month', '+${LOCAL_DATE_SLACK}')
      AND substr(s.local_date, 1, 7) = ${month}`;
  return [
    `DELETE FROM period_group_month WHERE month = ${month} AND group_id = ${group}`,
    `INSERT INTO period_group_month (${GROUP_MONTH_COLUMNS})
      SELECT ${month}, ${group}, ${SESSION_FIGURES}, 0, 0
      FROM group_session AS s
      WHERE ${sessionsOfCell}
      HAVING count(*) > 0`,
    // `+s.status`: by the group's starts, not by every group's held sessions of those days.
    `UPDATE period_group_month SET (hour_entries, hours) = (
        SELECT ${HOUR_FIGURES} FROM ${HELD_WITH_FACILITATORS}
        WHERE ${sessionsOfCell} AND +s.status = 'held')
      WHERE month = ${month} AND group_id = ${group}`,
  ];
}

/** `delta` (+1 or −1) for each facilitator with hours of a held session, in its month. */
function countVolunteerMonths(delta: 1 | -1, session: 'new' | 'old'): string[] {
  const month = `substr(${session}.local_date, 1, 7)`;
  const withHours = `SELECT volunteer_id FROM session_facilitator
      WHERE session_id = ${session}.id AND hours IS NOT NULL`;
  if (delta === 1) {
    return [
      `INSERT INTO period_volunteer_month (month, volunteer_id, entries)
        SELECT ${month}, volunteer_id, 1 FROM (${withHours}) WHERE ${session}.status = 'held'
        ON CONFLICT (month, volunteer_id) DO UPDATE SET entries = entries + 1`,
    ];
  }
  return [
    `UPDATE period_volunteer_month SET entries = entries - 1
      WHERE ${session}.status = 'held' AND month = ${month} AND volunteer_id IN (${withHours})`,
    `DELETE FROM period_volunteer_month
      WHERE month = ${month} AND volunteer_id IN (${withHours}) AND entries <= 0`,
  ];
}

/** `delta` for one facilitator row, when its session is held and it records hours. */
function countFacilitatorRow(delta: 1 | -1, row: 'new' | 'old'): string[] {
  const monthOfHeld = `(SELECT substr(local_date, 1, 7) FROM group_session
      WHERE id = ${row}.session_id AND status = 'held')`;
  if (delta === 1) {
    return [
      `INSERT INTO period_volunteer_month (month, volunteer_id, entries)
        SELECT month, ${row}.volunteer_id, 1 FROM (SELECT ${monthOfHeld} AS month)
        WHERE month IS NOT NULL AND ${row}.hours IS NOT NULL
        ON CONFLICT (month, volunteer_id) DO UPDATE SET entries = entries + 1`,
    ];
  }
  return [
    `UPDATE period_volunteer_month SET entries = entries - 1
      WHERE ${row}.hours IS NOT NULL AND month = ${monthOfHeld} AND volunteer_id = ${row}.volunteer_id`,
    `DELETE FROM period_volunteer_month
      WHERE month = ${monthOfHeld} AND volunteer_id = ${row}.volunteer_id AND entries <= 0`,
  ];
}

const cellOfSession = (row: 'new' | 'old') =>
  recomputeGroupMonth(`${row}.group_id`, `substr(${row}.local_date, 1, 7)`);

const cellOfFacilitator = (row: 'new' | 'old') =>
  recomputeGroupMonth(
    `(SELECT group_id FROM group_session WHERE id = ${row}.session_id)`,
    `(SELECT substr(local_date, 1, 7) FROM group_session WHERE id = ${row}.session_id)`,
  );

/** The columns whose change moves a session's figures: anything else (a note) leaves them. */
const SESSION_FIGURE_COLUMNS =
  'group_id, starts_at, local_date, status, closure_id, headcount, newcomers';

/** A trigger: on `event` (with its WHEN, if any), the statements in order. */
function trigger(name: string, event: string, statements: readonly string[]) {
  return { name, sql: `${event} BEGIN\n${statements.join(';\n')};\nEND` };
}

/** Name and body of each trigger, in the order they are created. */
export const PERIOD_ROLLUP_TRIGGERS: readonly { name: string; sql: string }[] = [
  trigger('period_rollup_session_insert', 'AFTER INSERT ON group_session', [
    ...cellOfSession('new'),
    ...countVolunteerMonths(1, 'new'),
  ]),
  trigger('period_rollup_session_delete', 'AFTER DELETE ON group_session', [
    ...cellOfSession('old'),
    ...countVolunteerMonths(-1, 'old'),
  ]),
  // Each trigger does only what the change needs: recording a meeting recomputes its month
  // once, not the month it left as well (recordSession is a write made all day).
  trigger(
    'period_rollup_session_update',
    `AFTER UPDATE OF ${SESSION_FIGURE_COLUMNS} ON group_session`,
    cellOfSession('new'),
  ),
  trigger(
    'period_rollup_session_moved',
    `AFTER UPDATE OF group_id, local_date ON group_session
      WHEN old.group_id IS NOT new.group_id
        OR substr(old.local_date, 1, 7) IS NOT substr(new.local_date, 1, 7)`,
    cellOfSession('old'),
  ),
  trigger(
    'period_rollup_session_volunteers',
    `AFTER UPDATE OF status, local_date ON group_session
      WHEN old.status IS NOT new.status OR old.local_date IS NOT new.local_date`,
    [...countVolunteerMonths(-1, 'old'), ...countVolunteerMonths(1, 'new')],
  ),
  trigger('period_rollup_facilitator_insert', 'AFTER INSERT ON session_facilitator', [
    ...cellOfFacilitator('new'),
    ...countFacilitatorRow(1, 'new'),
  ]),
  trigger('period_rollup_facilitator_delete', 'AFTER DELETE ON session_facilitator', [
    ...cellOfFacilitator('old'),
    ...countFacilitatorRow(-1, 'old'),
  ]),
  trigger(
    'period_rollup_facilitator_update',
    'AFTER UPDATE OF session_id, hours ON session_facilitator',
    cellOfFacilitator('new'),
  ),
  trigger(
    'period_rollup_facilitator_moved',
    `AFTER UPDATE OF session_id ON session_facilitator
      WHEN old.session_id IS NOT new.session_id`,
    cellOfFacilitator('old'),
  ),
  trigger(
    'period_rollup_facilitator_volunteers',
    `AFTER UPDATE OF session_id, volunteer_id, hours ON session_facilitator
      WHEN old.session_id IS NOT new.session_id OR old.volunteer_id IS NOT new.volunteer_id
        OR (old.hours IS NULL) IS NOT (new.hours IS NULL)`,
    [...countFacilitatorRow(-1, 'old'), ...countFacilitatorRow(1, 'new')],
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE period_group_month (
      month TEXT NOT NULL,
      group_id INTEGER NOT NULL,
      sessions INTEGER NOT NULL,
      held INTEGER NOT NULL,
      cancelled INTEGER NOT NULL,
      cancelled_by_closure INTEGER NOT NULL,
      attendance INTEGER NOT NULL,
      newcomers INTEGER NOT NULL,
      hour_entries INTEGER NOT NULL,
      hours REAL NOT NULL,
      PRIMARY KEY (month, group_id)
    ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE TABLE period_volunteer_month (
      month TEXT NOT NULL,
      volunteer_id INTEGER NOT NULL,
      entries INTEGER NOT NULL,
      PRIMARY KEY (month, volunteer_id)
    ) STRICT, WITHOUT ROWID`.execute(db);
  // Filled from what is stored, in two grouped passes, before any trigger exists.
  await sql
    .raw(
      `INSERT INTO period_group_month (${GROUP_MONTH_COLUMNS})
      SELECT c.month, c.group_id, c.sessions, c.held, c.cancelled, c.cancelled_by_closure,
        c.attendance, c.newcomers, coalesce(h.hour_entries, 0), coalesce(h.hours, 0)
      FROM (
        SELECT s.group_id, substr(s.local_date, 1, 7) AS month, ${SESSION_FIGURES}
        FROM group_session AS s GROUP BY s.group_id, substr(s.local_date, 1, 7)
      ) AS c
      LEFT JOIN (
        SELECT s.group_id, substr(s.local_date, 1, 7) AS month, ${HOUR_FIGURES}
        FROM ${HELD_WITH_FACILITATORS}
        WHERE s.status = 'held'
        GROUP BY s.group_id, substr(s.local_date, 1, 7)
      ) AS h ON h.group_id = c.group_id AND h.month = c.month`,
    )
    .execute(db);
  await sql`INSERT INTO period_volunteer_month (month, volunteer_id, entries)
    SELECT substr(s.local_date, 1, 7), sf.volunteer_id, count(*)
    FROM session_facilitator AS sf JOIN group_session AS s ON s.id = sf.session_id
    WHERE s.status = 'held' AND sf.hours IS NOT NULL
    GROUP BY substr(s.local_date, 1, 7), sf.volunteer_id`.execute(db);
  for (const trigger of PERIOD_ROLLUP_TRIGGERS) {
    await sql.raw(`CREATE TRIGGER ${trigger.name} ${trigger.sql}`).execute(db);
  }
}
