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
