import type { FacilitatorRole } from '../../../shared/domain/facilitators';
import type { VolunteerReadiness } from '../../../shared/domain/readiness';
import type {
  SessionFacilitator,
  SetSessionFacilitatorsInput,
} from '../../../shared/domain/session-cover';

/** One person in the dialog's list; readiness is fetched per person (it changes with the role). */
export interface CoverRow {
  volunteerId: number;
  displayName: string;
  role: FacilitatorRole;
}

export interface CoverFormValues {
  facilitators: CoverRow[];
  overrideReason: string;
}

/** What the dialog opens on: the person to replace, or null to add someone. */
export type CoverFix = { replaceId: number | null };

export const toFormValues = (current: readonly SessionFacilitator[]): CoverFormValues => ({
  facilitators: current.map(({ volunteerId, displayName, role }) => ({
    volunteerId,
    displayName,
    role,
  })),
  overrideReason: current.find((f) => f.role === 'lead')?.overrideReason ?? '',
});

export const toInput = (id: number, values: CoverFormValues): SetSessionFacilitatorsInput => ({
  id,
  facilitators: values.facilitators.map(({ volunteerId, role }) => ({ volunteerId, role })),
  overrideReason: values.overrideReason,
});

/** A lead who is not ready needs a written reason: the rule the core applies, asked early. */
export const isLeadOverride = (
  rows: readonly CoverRow[],
  readinessOf: (id: number) => VolunteerReadiness | undefined,
) => rows.some((r) => r.role === 'lead' && readinessOf(r.volunteerId)?.lead.state === 'not_ready');
