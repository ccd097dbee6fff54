import type { FieldError } from '../../../shared/api/errors';
import {
  assignFacilitatorInputSchema,
  type AssignFacilitatorInput,
  type FacilitatorRole,
} from '../../../shared/domain/facilitators';
import type { VolunteerReadiness } from '../../../shared/domain/readiness';
import { zodFormResolver } from '../../forms/zod-resolver';

export interface FacilitatorFormValues {
  volunteerId: string;
  role: FacilitatorRole;
  overrideReason: string;
}

export function valuesToInput(groupId: number, values: FacilitatorFormValues) {
  return {
    groupId,
    volunteerId: values.volunteerId === '' ? undefined : Number(values.volunteerId),
    role: values.role,
    overrideReason: values.overrideReason,
  } as AssignFacilitatorInput;
}

/** Making someone not ready the lead needs a written reason: the same rule the core applies. */
export const needsOverrideReason = (readiness: VolunteerReadiness | null, role: FacilitatorRole) =>
  readiness !== null && role === 'lead' && readiness.lead.state === 'not_ready';

/** The form's rules for the person chosen so far (a new pick makes a new resolver). */
export function facilitatorResolver(groupId: number, readiness: VolunteerReadiness | null) {
  return zodFormResolver<FacilitatorFormValues>({
    schema: assignFacilitatorInputSchema,
    toInput: (values) => valuesToInput(groupId, values),
    extraErrors: (values): FieldError[] =>
      needsOverrideReason(readiness, values.role) && values.overrideReason.trim() === ''
        ? [{ path: 'overrideReason', messageKey: 'validation.required' }]
        : [],
  });
}
