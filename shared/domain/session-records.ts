import { z } from 'zod';
import type { FacilitatorRole } from './facilitators';
import { civilDate, id, optionalText, requiredText } from './fields';

// What happened at a session, recorded afterwards, and named rosters kept with consent.

export const recordSessionInputSchema = z
  .strictObject({
    id,
    headcount: z.number().int().min(0).max(10_000),
    newcomers: z.number().int().min(0).max(10_000),
    notes: optionalText(5000),
    hours: z
      .array(z.strictObject({ volunteerId: id, hours: z.number().min(0).max(24) }))
      .max(12)
      .default([]),
    /** Named-roster groups: who came. */
    attendedParticipantIds: z.array(id).max(1000).default([]),
    /** Headcount above the group's capacity is saved only once the person confirms it. */
    isOverCapacityConfirmed: z.boolean().default(false),
  })
  .refine((r) => r.newcomers <= r.headcount, {
    path: ['newcomers'],
    error: 'validation.newcomersAboveHeadcount',
  });

export interface Participant {
  id: number;
  groupId: number;
  /** First name or alias only. */
  name: string;
  consentOn: string;
  consentWithdrawnOn: string | null;
}

export const listParticipantsInputSchema = z.strictObject({
  groupId: id,
  includeWithdrawn: z.boolean().default(false),
});

export const participantInputSchema = z.strictObject({
  groupId: id,
  name: requiredText(60),
  consentOn: civilDate,
});

export const updateParticipantInputSchema = z.strictObject({
  groupId: id,
  id,
  name: requiredText(60),
  consentOn: civilDate,
});

export const withdrawConsentInputSchema = z.strictObject({
  groupId: id,
  id,
  withdrawnOn: civilDate,
});

/** How far back the "needs a record" list looks: older gaps belong to a report, not a to-do. */
export const NEEDS_RECORD_DAYS = 90;
/** The most rows the "needs a record" list returns, newest first. */
export const NEEDS_RECORD_LIMIT = 100;

/**
 * Whether a participant is on the roster of a session on `date`: consent given by then and not
 * withdrawn before it. A session on the withdrawal date itself still counts (the person may have
 * come that evening and asked to leave the roster afterwards).
 */
export function isOnRosterOn(participant: Participant, date: string): boolean {
  const withdrawn = participant.consentWithdrawnOn;
  return participant.consentOn <= date && (withdrawn === null || withdrawn >= date);
}

/** Someone credited with hours for a session: its own list once frozen, else the group's. */
export interface SessionHours {
  volunteerId: number;
  displayName: string;
  role: FacilitatorRole;
  /** Recorded after the session; null until then. */
  hours: number | null;
}

export interface SessionAttendance {
  /**
   * Participants on the roster for this session (consent given, not withdrawn by then), and
   * anyone recorded as attending it. Empty for a group that keeps anonymous counts.
   */
  roster: Participant[];
  attendedParticipantIds: number[];
  /** Who facilitated (or will), with the hours recorded for each: what the record form asks. */
  facilitators: SessionHours[];
}
