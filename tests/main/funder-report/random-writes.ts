// Random writes to sessions and their facilitators, in SQL, for the funder report's figures
// test (tests/main/funder-report/period-figures.test.ts): the month tables that triggers keep
// (migration 0013) must stay equal to a walk over the rows through all of them.
import { addDays } from '../../../shared/domain/civil-dates';
import type { TempDatabase } from '../../support/raw-database';

export const STAMP = '2025-01-01T00:00:00.000Z';

/**
 * A small deterministic generator: the same rows on every run. Its high bits are used (an
 * LCG's low bits repeat every few draws: `state % 4` would give a cycle of four).
 */
export function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * below);
  };
}

/**
 * A start instant for a local date, `hours` from its noon in UTC: up to a day either way, as
 * zones from −12 to +14 hours make (the day before or after, near midnight).
 */
export const startOf = (localDate: string, hours: number) =>
  new Date(Date.parse(`${localDate}T12:00:00.000Z`) + hours * 3_600_000).toISOString();

/**
 * One random write at a time, in SQL as the repositories and the demo make them: a session
 * recorded, cancelled or reopened, moved (to another month, near midnight), given to another
 * group, cancelled with its day by a closure, deleted, added; a facilitator's hours set or
 * cleared, a facilitator added, removed or swapped. Counts each kind it made.
 */
export function writer(raw: TempDatabase['raw'], next: (below: number) => number) {
  const made: Record<string, number> = {};
  const count = (kind: string) => (made[kind] = (made[kind] ?? 0) + 1);
  const pick = <T>(rows: readonly T[]): T | undefined => rows[next(rows.length)];
  const sessionIds = () =>
    (raw.prepare('SELECT id FROM group_session').all() as { id: number }[]).map((r) => r.id);
  const facilitatorIds = () =>
    (raw.prepare('SELECT id FROM session_facilitator').all() as { id: number }[]).map((r) => r.id);
  const someDay = () => addDays('2025-12-01', next(450));
  const groups = [3, 5, 8];
  const volunteers = [11, 12, 13, 14, 15];
  const kinds: (() => void)[] = [
    () => {
      const id = pick(sessionIds());
      const headcount = next(3) === 0 ? null : next(15);
      raw
        .prepare(
          `UPDATE group_session SET status = 'held', headcount = ?, newcomers = ? WHERE id = ?`,
        )
        .run(headcount, headcount === null ? null : next(headcount + 1), id);
      count('recorded');
    },
    () => {
      const status = pick(['scheduled', 'cancelled'] as const);
      raw
        .prepare('UPDATE group_session SET status = ?, closure_id = NULL WHERE id = ?')
        .run(status, pick(sessionIds()));
      count('reopenedOrCancelled');
    },
    () => {
      const day = someDay();
      const startsAt = startOf(day, next(47) - 23);
      const endsAt = new Date(Date.parse(startsAt) + 90 * 60_000).toISOString();
      raw
        .prepare('UPDATE group_session SET local_date = ?, starts_at = ?, ends_at = ? WHERE id = ?')
        .run(day, startsAt, endsAt, pick(sessionIds()));
      count('moved');
    },
    () => {
      raw
        .prepare('UPDATE group_session SET group_id = ? WHERE id = ?')
        .run(pick(groups), pick(sessionIds()));
      count('otherGroup');
    },
    () => {
      // A closure cancels every scheduled session of its days: one statement, many rows.
      const day = someDay();
      raw
        .prepare(
          `UPDATE group_session SET status = 'cancelled', closure_id = (SELECT min(id) FROM closure)
          WHERE status = 'scheduled' AND local_date BETWEEN ? AND ?`,
        )
        .run(day, addDays(day, next(4)));
      count('closure');
    },
    () => {
      const id = pick(sessionIds());
      raw.prepare('DELETE FROM session_facilitator WHERE session_id = ?').run(id);
      raw.prepare('DELETE FROM group_session WHERE id = ?').run(id);
      count('deleted');
    },
    () => {
      const day = someDay();
      const startsAt = startOf(day, next(47) - 23);
      const status = pick(['scheduled', 'held', 'cancelled'] as const);
      const { lastInsertRowid } = raw
        .prepare(
          `INSERT INTO group_session (group_id, starts_at, ends_at, local_date, local_start,
            status, headcount, created_at, updated_at) VALUES (?, ?, ?, ?, '09:00', ?, ?, ?, ?)`,
        )
        .run(
          pick(groups),
          startsAt,
          new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
          day,
          status,
          status === 'held' ? next(9) : null,
          STAMP,
          STAMP,
        );
      raw
        .prepare(
          `INSERT INTO session_facilitator (session_id, volunteer_id, role, hours, created_at)
          VALUES (?, ?, 'lead', ?, ?)`,
        )
        .run(lastInsertRowid, pick(volunteers), next(2) === 0 ? null : 1.5, STAMP);
      count('added');
    },
    () => {
      const hours = next(4) === 0 ? null : [0, 0.75, 1.1, 2.5][next(4)]!;
      raw
        .prepare('UPDATE session_facilitator SET hours = ? WHERE id = ?')
        .run(hours, pick(facilitatorIds()));
      count('hours');
    },
    () => {
      raw
        .prepare(
          `INSERT OR IGNORE INTO session_facilitator (session_id, volunteer_id, role, hours,
            created_at) VALUES (?, ?, 'co', ?, ?)`,
        )
        .run(pick(sessionIds()), pick(volunteers), next(3) === 0 ? null : 2, STAMP);
      count('facilitatorAdded');
    },
    () => {
      raw.prepare('DELETE FROM session_facilitator WHERE id = ?').run(pick(facilitatorIds()));
      count('facilitatorRemoved');
    },
    () => {
      raw
        .prepare('UPDATE OR IGNORE session_facilitator SET volunteer_id = ? WHERE id = ?')
        .run(pick(volunteers), pick(facilitatorIds()));
      count('facilitatorSwapped');
    },
  ];
  const write = () => pick(kinds)!();
  write.done = () => made;
  return write;
}
