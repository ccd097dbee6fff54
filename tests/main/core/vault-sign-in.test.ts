import { readFileSync, writeFileSync } from 'node:fs';
import { vaultPaths } from '../../../main/vault/vault';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';
import { ADMIN_LOGIN, FACILITATOR } from '../../support/vault-accounts';

describe('locking, signing in and out', () => {
  let test: Awaited<ReturnType<typeof createSetUpCore>>;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('locks on demand, and its public status names nobody', async () => {
    await test.call('lock', {});
    const status = await test.call('getVaultStatus', {});
    expect(status).toEqual({
      state: 'ready',
      isUnlocked: false,
      user: null,
      idleLockMinutes: null,
    });
    expect(JSON.stringify(status)).not.toContain('admin');
  });

  it('refuses data calls with LOCKED while locked', async () => {
    await test.call('lock', {});
    expect(await test.refuse('listGroups', {})).toMatchObject({
      code: 'LOCKED',
      messageKey: 'errors.LOCKED',
    });
    expect(await test.refuse('createLocation', { name: 'Hall' })).toMatchObject({ code: 'LOCKED' });
    expect(await test.refuse('lock', {})).toMatchObject({ code: 'LOCKED' });
  });

  it('closes the database when locked, so its key is no longer held open', async () => {
    await test.call('lock', {});
    expect(test.core.vault.isUnlocked).toBe(false);
    expect(() => test.core.vault.store).toThrow();
  });

  it('refuses a wrong password with WRONG_CREDENTIALS, then lets the right one in with data intact', async () => {
    const group = await test.call('createGroup', sampleGroup());
    await test.call('lock', {});
    expect(await test.refuse('logIn', { username: 'admin', password: 'river-stone-43' })).toEqual({
      code: 'WRONG_CREDENTIALS',
      messageKey: 'errors.WRONG_CREDENTIALS',
    });
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false, user: null });
    const user = await test.call('logIn', ADMIN_LOGIN);
    expect(user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(await test.call('getGroup', { id: group.id })).toEqual(group);
    expect(await test.call('getVaultStatus', {})).toMatchObject({
      isUnlocked: true,
      user: { username: 'admin' },
    });
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    await test.call('lock', {});
    const unknown = await test.refuse('logIn', { username: 'nobody', password: ADMIN.password });
    const wrong = await test.refuse('logIn', { username: 'admin', password: 'not-the-password' });
    expect(unknown).toEqual({ code: 'WRONG_CREDENTIALS', messageKey: 'errors.WRONG_CREDENTIALS' });
    expect(wrong).toEqual(unknown);
  });

  it('accepts the username in any case, as it was typed', async () => {
    await test.call('lock', {});
    expect(
      await test.call('logIn', { username: ' ADMIN ', password: ADMIN.password }),
    ).toMatchObject({
      username: 'admin',
    });
  });

  it('forgets who was signed in on logOut', async () => {
    await test.call('logOut', {});
    expect(await test.call('getVaultStatus', {})).toMatchObject({
      state: 'ready',
      isUnlocked: false,
      user: null,
    });
    expect(await test.refuse('getOrganisation', {})).toMatchObject({ code: 'LOCKED' });
  });

  it('switches to another user who signs in while unlocked', async () => {
    await test.call('createUser', FACILITATOR);
    const user = await test.call('logIn', { username: 'fran', password: FACILITATOR.password });
    expect(user).toMatchObject({ username: 'fran', role: 'facilitator' });
    expect(await test.refuse('listUsers', {})).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses sign-in as KEY_FILE_PROBLEM, not INTERNAL, when a slot has a scrypt cost that is not a power of two', async () => {
    await test.call('lock', {});
    const file = vaultPaths(test.dataDir).keySlots;
    const slots = JSON.parse(readFileSync(file, 'utf8')) as { slots: { kdf: { N: number } }[] };
    for (const slot of slots.slots) slot.kdf.N = 1025;
    writeFileSync(file, JSON.stringify(slots));
    expect(await test.refuse('logIn', ADMIN_LOGIN)).toEqual({
      code: 'KEY_FILE_PROBLEM',
      messageKey: 'errors.KEY_FILE_PROBLEM',
    });
  });
});
