import { z } from 'zod';
import { addDays, addMonths } from './civil-dates';
import type { FacilitatorRole } from './facilitators';
import { civilDate, id } from './fields';

// Volunteer hours: what each volunteer gave, session by session, for a period. Only held
// sessions count, with the hours recorded for each facilitator afterwards; a period is two civil
// dates, both included, read on the session's own local date.

const period = {
  from: civilDate,
  to: civilDate,
};

export const volunteerHoursInputSchema = z
  .strictObject({ volunteerId: id, ...period })
  .refine((p) => p.to >= p.from, { path: ['to'], error: 'validation.endBeforeStart' });

export const hoursSummaryInputSchema = z
  .strictObject(period)
  .refine((p) => p.to >= p.from, { path: ['to'], error: 'validation.endBeforeStart' });

export interface HoursEntry {
  sessionId: number;
  groupId: number;
  groupName: string;
  localDate: string;
  role: FacilitatorRole;
  hours: number;
}

export interface VolunteerHours {
  volunteerId: number;
  totalHours: number;
  /** Newest first. */
  sessions: HoursEntry[];
}

export interface HoursSummaryRow {
  volunteerId: number;
  /** Null for an erased volunteer: their hours still count, their name is gone for good. */
  displayName: string | null;
  sessions: number;
  hours: number;
}

/**
 * Hours are stored as typed (1.5, 0.75): sums are rounded to hundredths so that 0.1 + 0.2 shows
 * as 0.3 and a report's rows add up to its total.
 */
export const roundHours = (hours: number): number => Math.round(hours * 100) / 100;

export const HOURS_PERIODS = ['thisMonth', 'lastMonth', 'thisYear', 'lastYear', 'custom'] as const;
export type HoursPeriod = (typeof HOURS_PERIODS)[number];

export interface Period {
  from: string;
  to: string;
}

/** The dates a named period covers on `today` (a civil date); null for a custom one. */
export function periodDates(period: HoursPeriod, today: string): Period | null {
  const year = today.slice(0, 4);
  const monthStart = `${today.slice(0, 7)}-01`;
  const monthEnd = (start: string) => addDays(addMonths(start, 1), -1);
  switch (period) {
    case 'thisMonth':
      return { from: monthStart, to: monthEnd(monthStart) };
    case 'lastMonth': {
      const start = addMonths(monthStart, -1);
      return { from: start, to: monthEnd(start) };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear': {
      const last = String(Number(year) - 1).padStart(4, '0');
      return { from: `${last}-01-01`, to: `${last}-12-31` };
    }
    case 'custom':
      return null;
  }
}
