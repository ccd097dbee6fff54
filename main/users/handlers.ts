import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';

export const userHandlers: Handlers<'listUsers' | 'createUser'> = {
  listUsers: (_input, { store }) => store.users.list(),
  createUser: async ({ password, ...account }, { store, vault, write }) => {
    if (await store.users.findByUsername(account.username)) {
      throw AppError.invalidField('username', 'errors.duplicateUsername');
    }
    // The slot is written first: a user row without a slot could never sign in, while a slot
    // without a row is refused at sign-in and replaced by the next createUser for that name.
    await vault.addPasswordSlot(account.username, password);
    return write({ action: 'create', entity: 'user', entityId: (u) => u.id }, async (repos) => {
      const id = await repos.users.create(account);
      return { id, ...account, isDisabled: false };
    });
  },
};
