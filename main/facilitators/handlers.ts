import {
  readinessForRole,
  type AssignmentResult,
  type GroupFacilitator,
} from '../../shared/domain/facilitators';
import type { Volunteer } from '../../shared/domain/volunteers';
import { AppError } from '../app-error';
import type { CallContext, Handlers } from '../core/handler-types';
import { assertAssignable, leadDecision } from './assignment-rules';
import type { StoredAssignment } from '../store/facilitators-repository';
import type { Repositories } from '../store/store';
import {
  findVolunteer,
  readinessInputs,
  volunteersWithReadiness,
} from '../volunteers/volunteer-views';

type FacilitatorMethods =
  'listGroupFacilitators' | 'assignFacilitator' | 'changeFacilitatorRole' | 'removeFacilitator';

function toFacilitator(assignment: StoredAssignment, volunteer: Volunteer): GroupFacilitator {
  return {
    volunteerId: assignment.volunteerId,
    displayName: volunteer.displayName,
    phone: volunteer.phone,
    role: assignment.role,
    overrideReason: assignment.overrideReason,
    readiness: readinessForRole(volunteer.readiness, assignment.role),
  };
}

async function facilitatorsOf(repos: Repositories, groupId: number, now: number) {
  const assignments = await repos.facilitators.listForGroup(groupId);
  const volunteers = await volunteersWithReadiness(
    repos,
    assignments.map((a) => a.volunteerId),
    await readinessInputs(repos, now),
  );
  const byId = new Map(volunteers.map((v) => [v.id, v]));
  return assignments.flatMap((a) => {
    const volunteer = byId.get(a.volunteerId);
    return volunteer ? [toFacilitator(a, volunteer)] : [];
  });
}

async function assertGroupExists(repos: Repositories, groupId: number): Promise<void> {
  if (!(await repos.groups.find(groupId))) throw new AppError('NOT_FOUND');
}

/** Someone erased, inactive or unknown cannot take a place in a group. */
async function assignableVolunteer(repos: Repositories, id: number, now: number) {
  const volunteer = await findVolunteer(repos, id, now);
  assertAssignable(volunteer);
  return volunteer;
}

function result(facilitator: GroupFacilitator): AssignmentResult {
  const { state } = facilitator.readiness;
  return { facilitator, warning: state === 'ready' ? null : state };
}

/** Assign and change role differ only in whether the row must exist first. */
function saveAssignment(kind: 'assign' | 'change') {
  return ({ groupId, volunteerId, role, overrideReason }: StoredAssignment, context: CallContext) =>
    context.write<AssignmentResult>(
      { action: `${kind}_facilitator`, entity: 'group', entityId: () => groupId },
      async (repos, audit) => {
        await assertGroupExists(repos, groupId);
        const existing = await repos.facilitators.find(groupId, volunteerId);
        if (kind === 'assign' && existing) {
          throw new AppError('CONFLICT', 'errors.facilitatorAlreadyAssigned');
        }
        if (kind === 'change' && !existing) throw new AppError('NOT_FOUND');
        const volunteer = await assignableVolunteer(repos, volunteerId, context.now());
        const readiness = readinessForRole(volunteer.readiness, role);
        const decision = leadDecision(role, readiness, overrideReason);
        const row = { groupId, volunteerId, role, overrideReason: decision.overrideReason };
        if (existing) await repos.facilitators.setRole(row);
        else await repos.facilitators.add(row);
        audit.setFields([
          ...(existing ? [] : ['volunteerId']),
          'role',
          ...(decision.isOverride ? ['overrideReason'] : []),
        ]);
        if (decision.isOverride) audit.setAction('assign_lead_override');
        return result(toFacilitator(row, volunteer));
      },
    );
}

export const facilitatorHandlers: Handlers<FacilitatorMethods> = {
  listGroupFacilitators: async ({ groupId }, { store, now }) => {
    await assertGroupExists(store, groupId);
    return facilitatorsOf(store, groupId, now());
  },
  assignFacilitator: saveAssignment('assign'),
  changeFacilitatorRole: saveAssignment('change'),
  removeFacilitator: ({ groupId, volunteerId }, { write }) =>
    write(
      { action: 'remove_facilitator', entity: 'group', entityId: () => groupId },
      async (repos, audit) => {
        if (!(await repos.facilitators.remove(groupId, volunteerId)))
          throw new AppError('NOT_FOUND');
        audit.setFields(['volunteerId']);
        return null;
      },
    ),
};
