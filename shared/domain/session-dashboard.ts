import { z } from 'zod';
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
