import { createSetUpCore } from '../../support/temp-core';
import { ADMIN_LOGIN, FACILITATOR } from '../../support/vault-accounts';

describe('recovering with the recovery key', () => {
  let test: Awaited<ReturnType<typeof createSetUpCore>>;

  beforeEach(async () => {
    test = await createSetUpCore();
    await test.call('createUser', FACILITATOR);
    await test.call('lock', {});
  });

  afterEach(() => test.cleanUp());

  it("refuses a wrong key with WRONG_CREDENTIALS 'errors.wrongRecoveryKey'", async () => {
    const error = await test.refuse('recoverWithRecoveryKey', {
      recoveryKey: '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ',
      username: 'admin',
      newPassword: 'brand-new-pass-1',
    });
    expect(error).toEqual({ code: 'WRONG_CREDENTIALS', messageKey: 'errors.wrongRecoveryKey' });
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });

  it('sets a new admin password from the key typed in lowercase with spaces', async () => {
    const typed = test.recoveryKey.toLowerCase().replace(/-/g, ' ');
    const user = await test.call('recoverWithRecoveryKey', {
      recoveryKey: typed,
      username: 'admin',
      newPassword: 'brand-new-pass-1',
    });
    expect(user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: true });
    await test.call('lock', {});

    expect(await test.refuse('logIn', ADMIN_LOGIN)).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    expect(
      await test.call('logIn', { username: 'admin', password: 'brand-new-pass-1' }),
    ).toMatchObject({ username: 'admin' });
    const audit = await test.core.vault.store.audit.latest(1);
    expect(audit[0]).toMatchObject({
      action: 'recoverPassword',
      entity: 'user',
      entityId: user.id,
    });
  });

  it("refuses to reset a non-admin with FORBIDDEN 'errors.notAdmin' and changes nothing", async () => {
    const error = await test.refuse('recoverWithRecoveryKey', {
      recoveryKey: test.recoveryKey,
      username: 'fran',
      newPassword: 'brand-new-pass-1',
    });
    expect(error).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.notAdmin' });
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false });
    expect(
      await test.call('logIn', { username: 'fran', password: FACILITATOR.password }),
    ).toMatchObject({ username: 'fran' });
  });

  it('refuses a weak new password before trying the key', async () => {
    const error = await test.refuse('recoverWithRecoveryKey', {
      recoveryKey: test.recoveryKey,
      username: 'admin',
      newPassword: 'admin-admin-admin',
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toContainEqual({
      path: 'newPassword',
      messageKey: 'validation.weakPassword',
    });
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });
});
