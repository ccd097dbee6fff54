import { z } from 'zod';
import type { GroupFocus, GroupFormat, RosterMode } from './groups';
import { scheduleSchema, sessionDuration, GROUP_FOCUSES, GROUP_STATUSES } from './groups';
import { daysBetween } from './civil-dates';
import { civilDate, id, wallTime } from './fields';

// Sessions: one meeting of a group, generated from its schedule (or added by hand).

export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** How far ahead sessions exist (DESIGN §3: a rolling horizon); a setting. */
export const SESSION_HORIZON_WEEKS = { min: 4, max: 104, default: 26 } as const;

/** The longest span one list call covers: a year of agenda, never the whole history at once. */
export const MAX_LIST_DAYS = 366;

/** A session as lists, the calendar and the dashboard show it. */
export interface SessionRow {
  id: number;
  groupId: number;
  groupName: string;
  focus: GroupFocus;
  format: GroupFormat;
  /** UTC instants (ISO). */
  startsAt: string;
  endsAt: string;
  /** The organisation's wall clock: civil date and HH:MM. */
  localDate: string;
  localStart: string;
  locationId: number | null;
  locationName: string | null;
  room: string;
  status: SessionStatus;
  cancelReason: string;
  /** Set while a closure is what cancels it. */
  closureId: number | null;
  /** A one-off session added by hand, not from the schedule. */
  isExtra: boolean;
  isMoved: boolean;
  /** Headcount, notes or attendance recorded. */
  hasRecord: boolean;
}

/** One session in full: what its page shows above the cover, record and incident sections. */
export interface SessionDetail extends SessionRow {
  durationMinutes: number;
  capacity: number | null;
  rosterMode: RosterMode;
  headcount: number | null;
  newcomers: number | null;
  notes: string;
  recordedAt: string | null;
}

/** What a list of sessions is narrowed by: the days, and optionally group, place, focus... */
const sessionFilterShape = {
  from: civilDate,
  to: civilDate,
  groupId: id.nullable().default(null),
  locationId: id.nullable().default(null),
  focus: z.enum(GROUP_FOCUSES).nullable().default(null),
  /** Sessions this volunteer facilitates (by default from the group, or chosen per session). */
  volunteerId: id.nullable().default(null),
  status: z.enum(SESSION_STATUSES).nullable().default(null),
};

/** The days run forwards, and a year at most per call: a list is for reading, never the whole history at once. */
function withDayRangeChecks<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((input) => input.to >= input.from, { path: ['to'], error: 'validation.endBeforeStart' })
    .refine((input) => daysBetween(input.from, input.to) <= MAX_LIST_DAYS, {
      path: ['to'],
      error: 'validation.rangeTooLong',
    });
}

export const listSessionsInputSchema = withDayRangeChecks(z.strictObject(sessionFilterShape));
export type ListSessionsInput = z.input<typeof listSessionsInputSchema>;

/** How many sessions a page holds unless asked otherwise (as many as the lists draw a page). */
export const SESSIONS_PER_PAGE = 50;

/**
 * Staff's agenda: one page of `listSessions`, and how many there are in all (a large centre's
 * four weeks are 1,300 sessions, of which a page draws 50).
 */
export const listSessionPageInputSchema = withDayRangeChecks(
  z.strictObject({
    ...sessionFilterShape,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(SESSIONS_PER_PAGE),
  }),
);
export type ListSessionPageInput = z.input<typeof listSessionPageInputSchema>;

export interface SessionPage {
  /** How many sessions match in all (the page holds at most `limit` of them). */
  total: number;
  rows: SessionRow[];
}

/** The most sessions a day of the month or week view draws (the rest are "N more"). */
export const MAX_SESSIONS_PER_DAY = 20;

/**
 * The month and week views: each day's first sessions and how many it has, not every session
 * (a large centre's month is 1,300 of them, of which the month draws 70).
 */
export const listCalendarDaysInputSchema = withDayRangeChecks(
  z.strictObject({
    ...sessionFilterShape,
    perDay: z.number().int().min(1).max(MAX_SESSIONS_PER_DAY),
  }),
);
export type ListCalendarDaysInput = z.input<typeof listCalendarDaysInputSchema>;

/** One day with sessions: the first of them in start order, and how many there are in all. */
export interface CalendarDay {
  date: string;
  sessions: SessionRow[];
  total: number;
  /** How many of the day's sessions are cancelled (the dashboard's week says so). */
  cancelled: number;
}

/** A schedule edit before it is saved: what would happen to the group's future sessions. */
export const previewScheduleChangeInputSchema = z.strictObject({
  id,
  schedule: scheduleSchema,
  startDate: civilDate,
  endDate: civilDate.nullable().default(null),
  status: z.enum(GROUP_STATUSES),
  /** The place as edited; left out, the group's stored place. */
  locationId: id.nullable().optional(),
  room: z.string().trim().max(100).optional(),
});

export interface ScheduleChangePreview {
  /** Future sessions without records that move to another date, time or place. */
  moved: number;
  /** The start time before and after, when every moved session shares them and it changes. */
  fromTime: string | null;
  toTime: string | null;
  /** New future sessions the schedule adds, and future ones it no longer has. */
  added: number;
  removed: number;
  /** Future sessions with records or a person's decision on them: left as they are. */
  kept: number;
}

export const cancelSessionInputSchema = z.strictObject({
  id,
  reason: z.string().trim().min(1, { error: 'validation.required' }).max(300),
});

export const restoreSessionInputSchema = z.strictObject({ id });

const sessionPlace = {
  date: civilDate,
  startTime: wallTime,
  durationMinutes: sessionDuration,
  /** Left out: an extra session meets where its group does, a moved one where it did. */
  locationId: id.nullable().optional(),
  room: z.string().trim().max(100).optional(),
};

export const moveSessionInputSchema = z.strictObject({ id, ...sessionPlace });
export const addExtraSessionInputSchema = z.strictObject({ groupId: id, ...sessionPlace });
