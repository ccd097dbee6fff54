import { z } from 'zod';
import { addDays } from './civil-dates';
import type { FacilitatorContact } from './facilitators';
import type { SessionRow } from './sessions';

// The dashboard's session parts: "My next session" and attendance over recent weeks.

export interface MyNextSession {
  session: SessionRow;
  /** The people facilitating it with me: a name and a phone. */
  coFacilitators: FacilitatorContact[];
}

export const ATTENDANCE_WEEKS = 12;

export const attendanceTrendInputSchema = z
  .strictObject({ weeks: z.number().int().min(1).max(104).default(ATTENDANCE_WEEKS) })
  .default({ weeks: ATTENDANCE_WEEKS });

export interface AttendanceWeek {
  /** Monday of the week, a civil date. */
  weekStart: string;
  sessionsHeld: number;
  headcount: number;
  newcomers: number;
}

/** The Monday on or before a civil date: weeks start on Monday (ISO 8601), whatever the locale. */
export function mondayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The `weeks` weeks up to and including today's, oldest first, each summing the held sessions of
 * its days; a week with nothing held is there with zeros, so a chart's gaps show as gaps.
 */
export function attendanceWeeks(
  today: string,
  weeks: number,
  heldByDate: readonly (Omit<AttendanceWeek, 'weekStart'> & { localDate: string })[],
): AttendanceWeek[] {
  const thisWeek = mondayOf(today);
  const result = Array.from({ length: weeks }, (_, index) => ({
    weekStart: addDays(thisWeek, 7 * (index - weeks + 1)),
    sessionsHeld: 0,
    headcount: 0,
    newcomers: 0,
  }));
  const byStart = new Map(result.map((week) => [week.weekStart, week]));
  for (const day of heldByDate) {
    const week = byStart.get(mondayOf(day.localDate));
    if (!week) continue;
    week.sessionsHeld += day.sessionsHeld;
    week.headcount += day.headcount;
    week.newcomers += day.newcomers;
  }
  return result;
}

/** The first and last day `attendanceWeeks` covers. */
export function attendanceRange(today: string, weeks: number): { from: string; to: string } {
  const thisWeek = mondayOf(today);
  return { from: addDays(thisWeek, -7 * (weeks - 1)), to: addDays(thisWeek, 6) };
}
