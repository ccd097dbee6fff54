import { ADMIN, createSetUpCore } from '../../support/temp-core';
import { ADMIN_LOGIN, FACILITATOR } from '../../support/vault-accounts';

describe('changing a password', () => {
  let test: Awaited<ReturnType<typeof createSetUpCore>>;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('replaces the old password with the new one', async () => {
    expect(
      await test.call('changePassword', {
        currentPassword: ADMIN.password,
        newPassword: 'quiet-harbour-77',
      }),
    ).toBeNull();
    await test.call('lock', {});
    expect(await test.refuse('logIn', ADMIN_LOGIN)).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    expect(
      await test.call('logIn', { username: 'admin', password: 'quiet-harbour-77' }),
    ).toMatchObject({ username: 'admin' });
  });

  it('records the change in the audit log without the password', async () => {
    await test.call('changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'quiet-harbour-77',
    });
    const [entry] = await test.core.vault.store.audit.latest(1);
    expect(entry).toMatchObject({ action: 'changePassword', entity: 'user' });
    expect(JSON.stringify(entry)).not.toContain('quiet-harbour-77');
  });

  it('refuses a wrong current password and keeps the old one', async () => {
    expect(
      await test.refuse('changePassword', {
        currentPassword: 'not-the-password',
        newPassword: 'quiet-harbour-77',
      }),
    ).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    await test.call('lock', {});
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });

  it('refuses a new password that breaks the password rules', async () => {
    const error = await test.refuse('changePassword', {
      currentPassword: ADMIN.password,
      newPassword: 'aaaa',
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    await test.call('lock', {});
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });

  it('changes only the signed-in user password', async () => {
    await test.call('createUser', FACILITATOR);
    await test.call('logIn', { username: 'fran', password: FACILITATOR.password });
    await test.call('changePassword', {
      currentPassword: FACILITATOR.password,
      newPassword: 'quiet-harbour-77',
    });
    await test.call('lock', {});
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });
});
