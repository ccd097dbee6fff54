// How many of a day's sessions the month and week views draw. A large centre holds 50 meetings a
// day: drawing them all made a month of 1,300 links and a week of 260, more than anyone can read
// (and slow to draw). The rest are one "N more" link away, in the list from that day.
import type { SessionRow } from '../../shared/domain/sessions';

/** Two a cell: six weeks of them stay within 100 links, and a cell within the screen's height. */
export const SESSIONS_PER_MONTH_CELL = 2;
/** Ten a day: a week's column still reads as a day's programme, 70 links at most. */
export const SESSIONS_PER_WEEK_DAY = 10;

/** The first `limit` sessions of a day (in start order) and how many are left out. */
export function firstSessions(
  sessions: readonly SessionRow[],
  limit: number,
): { shown: readonly SessionRow[]; hidden: number } {
  return { shown: sessions.slice(0, limit), hidden: Math.max(0, sessions.length - limit) };
}
