import { isPasswordAcceptable } from '../../shared/domain/password';
import { AppError } from '../app-error';
import type { Repositories } from '../store/store';
import type { UserRecord } from '../store/users-repository';

export async function findUserOrFail(repos: Repositories, id: number): Promise<UserRecord> {
  const user = await repos.users.findById(id);
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

/**
 * Someone must always be able to manage accounts, backups and restores: the last active admin
 * may not be disabled or given another role.
 */
export async function assertNotLastActiveAdmin(repos: Repositories, user: UserRecord) {
  if (user.role !== 'admin' || user.isDisabled) return;
  if ((await repos.users.countActiveAdmins()) <= 1) {
    throw new AppError('CONFLICT', 'errors.lastActiveAdmin');
  }
}

/** The schema cannot know the username the password must not contain; the core does. */
export function assertPasswordAcceptable(password: string, username: string, field: string) {
  if (!isPasswordAcceptable(password, username)) {
    throw AppError.invalidField(field, 'validation.weakPassword');
  }
}

/**
 * A facilitator account stands for one volunteer, whose record must still exist and hold a name:
 * an erased volunteer cannot be linked again, and no two accounts stand for the same person.
 * A link the account already has may stay, whatever became of the volunteer since.
 */
export async function assertVolunteerLinkable(
  repos: Repositories,
  user: UserRecord,
  volunteerId: number | null,
) {
  if (volunteerId === null || volunteerId === user.volunteerId) return;
  if (!(await repos.volunteers.exists(volunteerId))) {
    throw AppError.invalidField('volunteerId', 'errors.volunteerNotLinkable');
  }
  const linked = await repos.users.findByVolunteerId(volunteerId);
  if (linked && linked.id !== user.id) {
    throw AppError.invalidField('volunteerId', 'errors.volunteerAlreadyLinked');
  }
}
