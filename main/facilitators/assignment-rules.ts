import type { FacilitatorRole } from '../../shared/domain/facilitators';
import type { Readiness } from '../../shared/domain/readiness';
import { AppError } from '../app-error';

// Who may take a place as facilitator, for a group or for one session: the same rules for both.

/** Someone erased, inactive or unknown cannot facilitate. */
export function assertAssignable(
  volunteer: { isErased: boolean; status: string } | undefined,
): asserts volunteer {
  if (!volunteer) throw AppError.invalidField('volunteerId', 'validation.invalidChoice');
  if (volunteer.isErased) throw new AppError('CONFLICT', 'errors.volunteerErased');
  if (volunteer.status === 'inactive') throw new AppError('CONFLICT', 'errors.volunteerInactive');
}

/**
 * Not ready as lead: refused unless a written reason is given. The reason is kept on the row
 * (never in the audit log); the entry's action says an override happened.
 */
export function leadDecision(role: FacilitatorRole, readiness: Readiness, reason: string) {
  const isOverride = role === 'lead' && readiness.state === 'not_ready';
  if (isOverride && reason === '') {
    throw new AppError('CONFLICT', 'errors.leadNotReady', undefined, [
      { path: 'overrideReason', messageKey: 'errors.leadNotReady' },
    ]);
  }
  return { isOverride, overrideReason: isOverride ? reason : '' };
}
