import type { AuditAction, AuditEntity } from '../../shared/domain/audit-names';
import type { ApiCall } from '../core/core-caller';
import type { Repositories } from '../store/store';
import { DEMO_USERS, type DemoPeople } from './people';

/** Runs `work` in one transaction of the open store, recorded in the audit log as the caller. */
export type DemoWrite = (
  audit: { action: AuditAction; entity: AuditEntity },
  work: (repos: Repositories) => Promise<void>,
) => Promise<void>;

/**
 * Adds the demo people. The catalogue and the accounts go through the API as the app would
 * (accounts need key slots); the thousands of volunteers, completions and facilitator rows go
 * in one transaction through the repositories, so the large set takes seconds, not minutes,
 * and is all there or not at all. Every volunteer was checked against the API's schema when
 * generated.
 */
export async function loadDemoPeople(
  call: ApiCall,
  write: DemoWrite,
  people: DemoPeople,
  groupIds: readonly number[],
  password: string,
): Promise<{ volunteerIds: number[] }> {
  const trainingIds: number[] = [];
  for (const training of people.trainings) {
    trainingIds.push(
      (await call('createTraining', { ...training, isDuplicateNameConfirmed: true })).id,
    );
  }
  const volunteerIds: number[] = [];
  await write({ action: 'create', entity: 'demo-volunteers' }, async (repos) => {
    for (const fields of people.volunteers)
      volunteerIds.push(await repos.volunteers.create(fields));
    for (const { volunteerIndex, trainingIndex, completedOn } of people.completions) {
      await repos.trainings.addCompletion(
        volunteerIds[volunteerIndex]!,
        trainingIds[trainingIndex]!,
        completedOn,
      );
    }
    for (const { groupIndex, volunteerIndex, role } of people.facilitators) {
      await repos.facilitators.add({
        groupId: groupIds[groupIndex]!,
        volunteerId: volunteerIds[volunteerIndex]!,
        role,
        overrideReason: '',
      });
    }
  });
  // Added again with --force, the accounts are there already and stay as they are.
  const existing = new Set((await call('listUsers', {})).map((user) => user.username));
  for (const user of DEMO_USERS.filter((u) => !existing.has(u.username))) {
    const { id } = await call('createUser', { ...user, password });
    if (user.role === 'facilitator') {
      await call('updateUser', {
        id,
        displayName: user.displayName,
        role: user.role,
        volunteerId: volunteerIds[people.facilitatorVolunteerIndex]!,
      });
    }
  }
  return { volunteerIds };
}
