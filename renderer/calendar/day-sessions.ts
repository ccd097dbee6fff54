// How many of a day's sessions the month and week views draw. A large centre holds 50 meetings a
// day: drawing them all made a month of 1,300 links and a week of 260, more than anyone can read
// (and slow to draw). The rest are one "N more" link away, in the list from that day.
import type { CalendarDay, SessionRow } from '../../shared/domain/sessions';
import type { CalendarView } from './calendar-search';
import { sessionsByDay } from './SessionItem';

/** Two a cell: six weeks of them stay within 100 links, and a cell within the screen's height. */
export const SESSIONS_PER_MONTH_CELL = 2;
/** Ten a day: a week's column still reads as a day's programme, 70 links at most. */
export const SESSIONS_PER_WEEK_DAY = 10;

/** What a day of the calendar draws: its first sessions, and how many are left out. */
export interface DayShown {
  shown: readonly SessionRow[];
  hidden: number;
}

/** Days as staff receive them (listCalendarDays): already cut to the first few in the core. */
export function daysShownFromCalendarDays(days: readonly CalendarDay[]): Map<string, DayShown> {
  return new Map(
    days.map((day) => [
      day.date,
      { shown: day.sessions, hidden: Math.max(0, day.total - day.sessions.length) },
    ]),
  );
}

/** Days from a whole list (a facilitator's own groups, the agenda's page): the first `limit`. */
export function daysShownFromSessions(
  sessions: readonly SessionRow[],
  limit = Number.POSITIVE_INFINITY,
): Map<string, DayShown> {
  return daysShownFromCalendarDays(calendarDaysFrom(sessions, limit));
}

/** Days as `listCalendarDays` gives them, from a whole list (a facilitator's own groups'). */
export function calendarDaysFrom(sessions: readonly SessionRow[], perDay: number): CalendarDay[] {
  return [...sessionsByDay(sessions)].map(([date, all]) => ({
    date,
    sessions: all.slice(0, perDay),
    total: all.length,
    cancelled: all.filter((session) => session.status === 'cancelled').length,
  }));
}

/** How many of a day's sessions a view draws; the agenda draws them all, a page at a time. */
export function sessionsPerDayOf(view: CalendarView): number | null {
  if (view === 'month') return SESSIONS_PER_MONTH_CELL;
  return view === 'week' ? SESSIONS_PER_WEEK_DAY : null;
}
