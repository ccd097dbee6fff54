import { AppError } from '../app-error';
import { changedFieldNames } from '../core/changed-fields';
import type { Handlers } from '../core/handler-types';
import {
  assertNotLastActiveAdmin,
  assertPasswordAcceptable,
  assertVolunteerLinkable,
  findUserOrFail,
} from './account-rules';

type UserMethods =
  'listUsers' | 'createUser' | 'updateUser' | 'disableUser' | 'enableUser' | 'resetUserPassword';

// Key slots (keyslots.json) and user rows (the database) cannot change in one transaction. A
// slot is written before its row becomes active and removed after its row stops being active;
// a failed row write puts the slot file back. A crash in between leaves at worst a slot whose
// row is not active, which cannot sign in and is removed at the next sign-in (vault-session.ts).
export const userHandlers: Handlers<UserMethods> = {
  listUsers: (_input, { store }) => store.users.list(),

  createUser: async ({ password, ...account }, { store, vault, write }) => {
    if (await store.users.findByUsername(account.username)) {
      throw AppError.invalidField('username', 'errors.duplicateUsername');
    }
    return vault.restoringKeySlotsOnFailure(async () => {
      await vault.addPasswordSlot(account.username, password);
      return write(
        { action: 'create', entity: 'user', entityId: (u) => u.id },
        async (repos, audit) => {
          audit.setFields(changedFieldNames(null, { ...account, password }));
          return findUserOrFail(repos, await repos.users.create(account));
        },
      );
    });
  },

  updateUser: ({ id, ...changes }, { write }) =>
    write({ action: 'update', entity: 'user', entityId: () => id }, async (repos, audit) => {
      const before = await findUserOrFail(repos, id);
      if (changes.role !== 'admin') await assertNotLastActiveAdmin(repos, before);
      await assertVolunteerLinkable(repos, before, changes.volunteerId);
      await repos.users.update(id, changes);
      const after = await findUserOrFail(repos, id);
      // The fields the admin can change; the linked volunteer's name only follows from one.
      audit.setFields(changedFieldNames(before, after).filter((name) => name in changes));
      return after;
    }),

  disableUser: async ({ id }, { store, vault, write }) => {
    const user = await findUserOrFail(store, id);
    // Disabling again only finishes the job: a slot left by a failed removal goes now.
    const disabled = user.isDisabled
      ? user
      : await write(
          { action: 'disable', entity: 'user', entityId: () => id },
          async (repos, audit) => {
            await assertNotLastActiveAdmin(repos, await findUserOrFail(repos, id));
            await repos.users.setDisabled(id, true);
            audit.setFields(['isDisabled']);
            return findUserOrFail(repos, id);
          },
        );
    vault.removePasswordSlot(disabled.username);
    return disabled;
  },

  enableUser: async ({ id, password }, { store, vault, write }) => {
    const user = await findUserOrFail(store, id);
    if (!user.isDisabled) throw new AppError('CONFLICT', 'errors.userAlreadyActive');
    assertPasswordAcceptable(password, user.username, 'password');
    return vault.restoringKeySlotsOnFailure(async () => {
      await vault.addPasswordSlot(user.username, password);
      return write(
        { action: 'enable', entity: 'user', entityId: () => id },
        async (repos, audit) => {
          await repos.users.setDisabled(id, false);
          audit.setFields(['isDisabled', 'password']);
          return findUserOrFail(repos, id);
        },
      );
    });
  },

  resetUserPassword: async ({ id, newPassword }, { store, vault, write }) => {
    const user = await findUserOrFail(store, id);
    if (user.isDisabled) throw new AppError('CONFLICT', 'errors.userDisabledNoReset');
    assertPasswordAcceptable(newPassword, user.username, 'newPassword');
    // Only this user's slot is wrapped again: nothing is re-encrypted, the old password is gone.
    await vault.restoringKeySlotsOnFailure(async () => {
      await vault.addPasswordSlot(user.username, newPassword);
      await write(
        { action: 'resetPassword', entity: 'user', entityId: () => id },
        async (_repos, audit) => {
          audit.setFields(['password']);
          return null;
        },
      );
    });
    return null;
  },
};
