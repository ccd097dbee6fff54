import { readFileSync } from 'node:fs';
import { unlockWithRecoveryKey, vaultPaths } from '../../../main/vault/vault';
import { listFilesRecursively } from '../../support/scan-files';
import { ADMIN, createSetUpCore, type TestCore } from '../../support/temp-core';

type SetUpCore = TestCore & { recoveryKey: string };
const NEW_PASSWORD = 'brand-new-pass-1';

describe('making a new recovery key', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('gives a key that opens the data, and the old key stops working', async () => {
    const { recoveryKey } = await test.call('replaceRecoveryKey', {
      currentPassword: ADMIN.password,
    });
    expect(recoveryKey).not.toBe(test.recoveryKey);
    expect(await unlockWithRecoveryKey(test.dataDir, test.recoveryKey)).toBeNull();
    expect(await unlockWithRecoveryKey(test.dataDir, recoveryKey)).toBeInstanceOf(Buffer);

    await test.call('logOut', {});
    expect(
      await test.refuse('recoverWithRecoveryKey', {
        recoveryKey: test.recoveryKey,
        username: ADMIN.username,
        newPassword: NEW_PASSWORD,
      }),
    ).toMatchObject({ code: 'WRONG_CREDENTIALS', messageKey: 'errors.wrongRecoveryKey' });
    await test.call('recoverWithRecoveryKey', {
      recoveryKey,
      username: ADMIN.username,
      newPassword: NEW_PASSWORD,
    });
    expect(await test.call('listUsers', {})).toHaveLength(1);
  });

  it('refuses a wrong current password and keeps the old key working', async () => {
    const slotsBefore = readFileSync(vaultPaths(test.dataDir).keySlots, 'utf8');
    expect(
      await test.refuse('replaceRecoveryKey', { currentPassword: 'not-my-password' }),
    ).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    expect(readFileSync(vaultPaths(test.dataDir).keySlots, 'utf8')).toBe(slotsBefore);
    expect(await unlockWithRecoveryKey(test.dataDir, test.recoveryKey)).toBeInstanceOf(Buffer);
  });

  it('keeps every password slot, so everyone still signs in', async () => {
    await test.call('createUser', {
      username: 'cora',
      displayName: 'Cora Coordinator',
      role: 'coordinator',
      password: 'meadow-lark-31',
    });
    await test.call('replaceRecoveryKey', { currentPassword: ADMIN.password });
    await test.call('logIn', { username: 'cora', password: 'meadow-lark-31' });
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
  });

  it('records who made it in the audit log, and the key appears in no file', async () => {
    const { recoveryKey } = await test.call('replaceRecoveryKey', {
      currentPassword: ADMIN.password,
    });
    const [latest] = await test.core.vault.store.audit.latest(1);
    expect(latest).toMatchObject({
      userId: 1,
      action: 'replaceRecoveryKey',
      entity: 'recoveryKey',
      entityId: null,
    });
    const characters = recoveryKey.replaceAll('-', '');
    const files = listFilesRecursively(test.dataDir);
    expect(files).toContain(vaultPaths(test.dataDir).keySlots);
    for (const file of files) {
      const content = readFileSync(file, 'latin1');
      expect(content).not.toContain(recoveryKey);
      expect(content).not.toContain(characters);
    }
  });
});

describe('confirming the recovery key', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('is not confirmed after setup, and is once the key is typed back as written', async () => {
    expect(await test.call('getRecoveryKeyStatus', {})).toEqual({ isConfirmed: false });
    await test.call('confirmRecoveryKey', {
      recoveryKey: test.recoveryKey.toLowerCase().replaceAll('-', ' '),
    });
    expect(await test.call('getRecoveryKeyStatus', {})).toEqual({ isConfirmed: true });
    const [latest] = await test.core.vault.store.audit.latest(1);
    expect(latest).toMatchObject({ action: 'confirmRecoveryKey', entity: 'recoveryKey' });
  });

  it('refuses a key that is not the current one, naming the field, and stays unconfirmed', async () => {
    const { recoveryKey } = await test.call('replaceRecoveryKey', {
      currentPassword: ADMIN.password,
    });
    const error = await test.refuse('confirmRecoveryKey', { recoveryKey: test.recoveryKey });
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: 'recoveryKey', messageKey: 'errors.wrongRecoveryKey' }],
    });
    expect(await test.call('getRecoveryKeyStatus', {})).toEqual({ isConfirmed: false });
    await test.call('confirmRecoveryKey', { recoveryKey });
    expect(await test.call('getRecoveryKeyStatus', {})).toEqual({ isConfirmed: true });
  });

  it('asks again for confirmation after a new key is made', async () => {
    await test.call('confirmRecoveryKey', { recoveryKey: test.recoveryKey });
    await test.call('replaceRecoveryKey', { currentPassword: ADMIN.password });
    expect(await test.call('getRecoveryKeyStatus', {})).toEqual({ isConfirmed: false });
  });

  it('refuses every recovery key method to a coordinator', async () => {
    await test.call('createUser', {
      username: 'cora',
      displayName: 'Cora Coordinator',
      role: 'coordinator',
      password: 'meadow-lark-31',
    });
    await test.call('logIn', { username: 'cora', password: 'meadow-lark-31' });
    for (const [method, input] of [
      ['getRecoveryKeyStatus', {}],
      ['replaceRecoveryKey', { currentPassword: 'meadow-lark-31' }],
      ['confirmRecoveryKey', { recoveryKey: test.recoveryKey }],
    ] as const) {
      expect(await test.refuse(method, input)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await unlockWithRecoveryKey(test.dataDir, test.recoveryKey)).toBeInstanceOf(Buffer);
  });
});
