import { z } from 'zod';
import { id, optionalText, requiredText } from './fields';

// Safeguarding incidents: restricted. A facilitator sees what they filed; coordinators and admins
// see all. Never in a list, search, export or figure for anyone else; every read is audited.

export const INCIDENT_CATEGORIES = [
  'safeguarding_concern',
  'risk_of_harm',
  'medical',
  'aggression',
  'disclosure',
  'privacy_breach',
  'other',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const INCIDENT_STATUSES = ['open', 'actioned', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const fileIncidentInputSchema = z.strictObject({
  sessionId: id,
  category: z.enum(INCIDENT_CATEGORIES),
  severity: z.enum(INCIDENT_SEVERITIES),
  description: requiredText(5000),
  actionsTaken: optionalText(5000),
  isReferralMade: z.boolean().default(false),
});

export const listIncidentsInputSchema = z
  .strictObject({
    status: z.enum(INCIDENT_STATUSES).nullable().default(null),
    /** The incidents of one session (its page); null for every session. */
    sessionId: id.nullable().default(null),
  })
  .default({ status: null, sessionId: null });
export type ListIncidentsInput = z.input<typeof listIncidentsInputSchema>;

/**
 * Where staff may move an incident, each move with a note saying why. Keeping the same status
 * adds a follow-up note only; a closed incident can be reopened when something new comes up.
 */
export const INCIDENT_STATUS_MOVES: Record<IncidentStatus, readonly IncidentStatus[]> = {
  open: ['open', 'actioned', 'closed'],
  actioned: ['actioned', 'closed', 'open'],
  closed: ['closed', 'open'],
};

export const canMoveIncident = (from: IncidentStatus, to: IncidentStatus): boolean =>
  INCIDENT_STATUS_MOVES[from].includes(to);

export const updateIncidentInputSchema = z.strictObject({
  id,
  status: z.enum(INCIDENT_STATUSES),
  note: requiredText(5000),
});

/** What a list shows: no description, no actions, no notes. */
export interface IncidentSummary {
  id: number;
  sessionId: number | null;
  groupId: number;
  groupName: string;
  occurredOn: string;
  category: IncidentCategory;
  severity: IncidentSeverity;
  status: IncidentStatus;
  reportedByName: string;
}

export interface IncidentNote {
  id: number;
  writtenByName: string;
  note: string;
  statusTo: IncidentStatus | null;
  at: string;
}

export interface Incident extends IncidentSummary {
  description: string;
  actionsTaken: string;
  isReferralMade: boolean;
  createdAt: string;
  notes: IncidentNote[];
}
