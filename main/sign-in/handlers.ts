import type { Handlers } from '../core/handler-types';

type SessionMethods =
  | 'getVaultStatus'
  | 'setUpVault'
  | 'logIn'
  | 'recoverWithRecoveryKey'
  | 'lock'
  | 'logOut'
  | 'changePassword';

export const signInHandlers: Handlers<SessionMethods> = {
  getVaultStatus: (_input, { vault }) => vault.status(),
  setUpVault: (input, { vault }) => vault.setUp(input),
  logIn: (input, { vault }) => vault.logIn(input.username, input.password),
  recoverWithRecoveryKey: (input, { vault }) =>
    vault.recover(input.recoveryKey, input.username, input.newPassword),
  lock: async (_input, { vault }) => {
    await vault.lock();
    return null;
  },
  logOut: async (_input, { vault }) => {
    await vault.logOut();
    return null;
  },
  changePassword: async (input, { vault, store, user }) => {
    await vault.changePassword(input.currentPassword, input.newPassword);
    await store.audit.record({
      userId: user.id,
      action: 'changePassword',
      entity: 'user',
      entityId: user.id,
    });
    return null;
  },
};
