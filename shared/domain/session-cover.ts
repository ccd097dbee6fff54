import { z } from 'zod';
import { FACILITATOR_ROLES, OVERRIDE_REASON_MAX, type FacilitatorRole } from './facilitators';
import { id } from './fields';
import type { Readiness } from './readiness';

// Who facilitates one session (by default the group's facilitators), and the problems with it.

/** Coverage gaps look this far ahead (DESIGN: the next 14 days). */
export const COVERAGE_DAYS = 14;

export interface SessionFacilitator {
  volunteerId: number;
  displayName: string;
  phone: string;
  role: FacilitatorRole;
  /** Readiness for this role on the session's day (today for a session already past). */
  readiness: Readiness;
  /** Empty unless someone not ready leads this session anyway. */
  overrideReason: string;
  /** Recorded after the session; null until then. */
  hours: number | null;
}

/** What a facilitator account receives of the people it runs a session with. */
export type SessionFacilitatorContact = Pick<SessionFacilitator, 'displayName' | 'phone' | 'role'>;

export type SessionFacilitatorRow = SessionFacilitator | SessionFacilitatorContact;

export const isFullSessionFacilitator = (row: SessionFacilitatorRow): row is SessionFacilitator =>
  'volunteerId' in row;

export const sessionIdInput = z.strictObject({ id });

export const setSessionFacilitatorsInputSchema = z.strictObject({
  id,
  facilitators: z
    .array(z.strictObject({ volunteerId: id, role: z.enum(FACILITATOR_ROLES) }))
    .max(12),
  /** Why a lead who is not ready leads this session anyway. */
  overrideReason: z.string().trim().max(OVERRIDE_REASON_MAX).default(''),
});
export type SetSessionFacilitatorsInput = z.input<typeof setSessionFacilitatorsInputSchema>;

/** How many days ahead coverage looks, from today. */
const coverageDays = z.number().int().min(1).max(90).default(COVERAGE_DAYS);

export const coverageInputSchema = z
  .strictObject({ days: coverageDays })
  .default({ days: COVERAGE_DAYS });

/**
 * The most conflicts the dashboard is sent, soonest first: a large centre's fortnight can hold
 * two thousand (half a megabyte), and the panel lists eight. Each session's page asks for its
 * own, which are never cut.
 */
export const COVER_CONFLICTS_LIMIT = 100;

export const coverConflictsInputSchema = z
  .strictObject({
    days: coverageDays,
    /** One session's conflicts only (its page), all of them; null: the window's first 100. */
    sessionId: id.nullable().default(null),
  })
  .default({ days: COVERAGE_DAYS, sessionId: null });
export type CoverConflictsInput = z.input<typeof coverConflictsInputSchema>;

export const CONFLICT_KINDS = ['overlap', 'outside_availability', 'not_ready'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface CoverageGap {
  sessionId: number;
  groupId: number;
  groupName: string;
  startsAt: string;
  localDate: string;
  localStart: string;
  /** No lead at all, or a lead who is not ready. */
  reason: 'no_lead' | 'lead_not_ready';
}

export interface CoverConflict {
  kind: ConflictKind;
  sessionId: number;
  groupId: number;
  groupName: string;
  startsAt: string;
  localDate: string;
  localStart: string;
  volunteerId: number;
  volunteerName: string;
  /** For an overlap: the other session. */
  otherSessionId: number | null;
  otherGroupName: string | null;
}
