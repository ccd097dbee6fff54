import { z } from 'zod';
import { civilDate, id } from './fields';

// Volunteer hours: what each volunteer gave, session by session, for a period.

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
  groupName: string;
  localDate: string;
  role: string;
  hours: number;
}

export interface VolunteerHours {
  volunteerId: number;
  totalHours: number;
  sessions: HoursEntry[];
}

export interface HoursSummaryRow {
  volunteerId: number;
  displayName: string;
  sessions: number;
  hours: number;
}
