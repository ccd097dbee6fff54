import { z } from 'zod';
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

export interface SessionAttendance {
  /** Participants on the roster for this session (consent given, not withdrawn by then). */
  roster: Participant[];
  attendedParticipantIds: number[];
}
