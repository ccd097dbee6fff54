import { z } from 'zod';
import { id } from './fields';
import type { Readiness, VolunteerReadiness } from './readiness';

export const FACILITATOR_ROLES = ['lead', 'co', 'backup'] as const;
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number];

/** Why someone not ready was made lead anyway: written by the coordinator, kept on the row. */
export const OVERRIDE_REASON_MAX = 500;
const overrideReason = z.string().trim().max(OVERRIDE_REASON_MAX).default('');

export const groupFacilitatorsInputSchema = z.strictObject({ groupId: id });

export const assignFacilitatorInputSchema = z.strictObject({
  groupId: id,
  volunteerId: id,
  role: z.enum(FACILITATOR_ROLES),
  overrideReason,
});
export type AssignFacilitatorInput = z.input<typeof assignFacilitatorInputSchema>;

export const changeFacilitatorRoleInputSchema = assignFacilitatorInputSchema;

export const removeFacilitatorInputSchema = z.strictObject({ groupId: id, volunteerId: id });

/** What a facilitator sees of the people they run a group with: a name and a phone, no more. */
export interface FacilitatorContact {
  displayName: string;
  phone: string;
}

/** An assignment as staff see it, with readiness for the role held (lead needs more). */
export interface GroupFacilitator extends FacilitatorContact {
  volunteerId: number;
  role: FacilitatorRole;
  /** Empty unless someone not ready was made lead anyway. */
  overrideReason: string;
  readiness: Readiness;
}

/** The readiness that matters for a role: leading also needs the trainings required for leads. */
export const readinessForRole = (
  readiness: VolunteerReadiness,
  role: FacilitatorRole,
): Readiness =>
  role === 'lead' ? readiness.lead : { state: readiness.state, problems: readiness.problems };

export type GroupFacilitatorRow = GroupFacilitator | FacilitatorContact;

export const isFullFacilitatorRow = (row: GroupFacilitatorRow): row is GroupFacilitator =>
  'volunteerId' in row;

export interface AssignmentResult {
  facilitator: GroupFacilitator;
  /** Set when the person is not ready (or something expires soon) for this role: say so. */
  warning: 'not_ready' | 'expiring' | null;
}
