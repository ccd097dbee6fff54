import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { vaultPaths } from '../../../main/vault/vault';
import {
  ADMIN,
  createSetUpCore,
  createTestCore,
  sampleGroup,
  type TestCore,
} from '../../support/temp-core';

const RECOVERY_KEY_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;
const SET_UP_INPUT = {
  organisationName: 'Riverside Community Centre',
  timeZone: 'Europe/London',
  language: 'en' as const,
  admin: ADMIN,
};
const ADMIN_LOGIN = { username: ADMIN.username, password: ADMIN.password };
const FACILITATOR = {
  username: 'fran',
  displayName: 'Fran Facilitator',
  role: 'facilitator' as const,
  password: 'meadow-lark-31',
};

describe('setting up the vault', () => {
  let test: TestCore;

  beforeEach(() => {
    test = createTestCore();
  });

  afterEach(() => test.cleanUp());

  it('reports a fresh data dir as not set up and locked', async () => {
    expect(await test.call('getVaultStatus', {})).toEqual({
      state: 'new',
      isUnlocked: false,
      user: null,
      idleLockMinutes: null,
    });
  });

  it('refuses logIn and recovery before setup with NOT_SET_UP', async () => {
    expect(await test.refuse('logIn', ADMIN_LOGIN)).toMatchObject({ code: 'NOT_SET_UP' });
    expect(
      await test.refuse('recoverWithRecoveryKey', {
        recoveryKey: '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ',
        username: 'admin',
        newPassword: 'brand-new-pass-1',
      }),
    ).toMatchObject({ code: 'NOT_SET_UP' });
  });

  it('signs the first admin in and prints a recovery key in 8 groups of 4', async () => {
    const result = await test.call('setUpVault', SET_UP_INPUT);
    expect(result.user).toMatchObject({
      username: 'admin',
      displayName: 'Ada Admin',
      role: 'admin',
    });
    expect(result.recoveryKey).toMatch(RECOVERY_KEY_FORMAT);
    expect(await test.call('getVaultStatus', {})).toEqual({
      state: 'ready',
      isUnlocked: true,
      user: result.user,
      idleLockMinutes: 10,
    });
    expect(await test.call('getOrganisation', {})).toMatchObject({
      name: 'Riverside Community Centre',
      timeZone: 'Europe/London',
      defaultLanguage: 'en',
    });
  });

  it('refuses a second setup with ALREADY_SET_UP and keeps the data', async () => {
    await test.call('setUpVault', SET_UP_INPUT);
    await test.call('createLocation', { name: 'Main Hall' });
    const error = await test.refuse('setUpVault', {
      ...SET_UP_INPUT,
      organisationName: 'Takeover Centre',
      admin: { ...ADMIN, username: 'intruder' },
    });
    expect(error).toMatchObject({ code: 'ALREADY_SET_UP' });
    expect((await test.call('getOrganisation', {})).name).toBe('Riverside Community Centre');
    expect(await test.call('listLocations', {})).toHaveLength(1);
    expect(
      await test.refuse('logIn', { username: 'intruder', password: ADMIN.password }),
    ).toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
  });

  it('refuses a weak admin password before writing anything', async () => {
    const error = await test.refuse('setUpVault', {
      ...SET_UP_INPUT,
      admin: { ...ADMIN, password: 'password123' },
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toContainEqual({
      path: 'admin.password',
      messageKey: 'validation.weakPassword',
    });
    expect(existsSync(vaultPaths(test.dataDir).keySlots)).toBe(false);
    expect(existsSync(vaultPaths(test.dataDir).database)).toBe(false);
  });

  it('sets aside what a setup that died half-way left, renamed with the date, and starts over', async () => {
    const paths = vaultPaths(test.dataDir);
    writeFileSync(paths.setupDatabase, 'half-built database');
    writeFileSync(paths.keySlots, 'key file of the half-built database');
    expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'new' });

    await test.call('setUpVault', SET_UP_INPUT);
    const setAside = readdirSync(test.dataDir).filter((name) => name.includes('.set-aside-'));
    expect(setAside.sort()).toEqual([
      expect.stringMatching(/^circlekeeper\.db\.setup\.set-aside-\d{4}-\d\d-\d\dT[\d-]+Z$/),
      expect.stringMatching(/^keyslots\.json\.set-aside-\d{4}-\d\d-\d\dT[\d-]+Z$/),
    ]);
    const contents = setAside.map((name) => readFileSync(path.join(test.dataDir, name), 'utf8'));
    expect(contents.sort()).toEqual(['half-built database', 'key file of the half-built database']);
    await test.call('lock', {});
    expect((await test.call('logIn', ADMIN_LOGIN)).username).toBe('admin');
  });
});

describe('a database whose key file is missing or damaged', () => {
  let test: Awaited<ReturnType<typeof createSetUpCore>>;
  let keySlots: Buffer;
  let database: Buffer;

  beforeEach(async () => {
    test = await createSetUpCore();
    await test.call('createLocation', { name: 'Main Hall' });
    await test.call('lock', {});
    keySlots = readFileSync(vaultPaths(test.dataDir).keySlots);
    database = readFileSync(vaultPaths(test.dataDir).database);
  });

  afterEach(() => test.cleanUp());

  it.each([
    ['missing', () => rmSync(vaultPaths(test.dataDir).keySlots)],
    ['cut short', () => writeFileSync(vaultPaths(test.dataDir).keySlots, keySlots.subarray(0, 99))],
    ['not a key file', () => writeFileSync(vaultPaths(test.dataDir).keySlots, '{"slots":[]}')],
  ])(
    'is its own state when the key file is %s: setup and sign-in are refused and the database is kept',
    async (_why, damage) => {
      damage();
      expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'keyFileProblem' });
      const keyFileProblem = { code: 'KEY_FILE_PROBLEM', messageKey: 'errors.KEY_FILE_PROBLEM' };
      expect(await test.refuse('setUpVault', SET_UP_INPUT)).toEqual(keyFileProblem);
      expect(await test.refuse('logIn', ADMIN_LOGIN)).toEqual(keyFileProblem);
      expect(
        await test.refuse('recoverWithRecoveryKey', {
          recoveryKey: test.recoveryKey,
          username: 'admin',
          newPassword: 'brand-new-pass-1',
        }),
      ).toEqual(keyFileProblem);
      expect(readFileSync(vaultPaths(test.dataDir).database).equals(database)).toBe(true);
      expect(readdirSync(test.dataDir).filter((name) => name.includes('set-aside'))).toEqual([]);
    },
  );

  it('tells a key file from another data folder apart from a damaged database', async () => {
    const other = await createSetUpCore();
    try {
      await other.call('lock', {});
      writeFileSync(
        vaultPaths(test.dataDir).keySlots,
        readFileSync(vaultPaths(other.dataDir).keySlots),
      );
    } finally {
      await other.cleanUp();
    }
    expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'keyFileProblem' });
    // Same admin and password in both folders: the slot unwraps, but it is not this folder's.
    expect(await test.refuse('logIn', ADMIN_LOGIN)).toMatchObject({ code: 'KEY_FILE_PROBLEM' });
    expect(readFileSync(vaultPaths(test.dataDir).database).equals(database)).toBe(true);
    writeFileSync(vaultPaths(test.dataDir).keySlots, keySlots);
    await test.call('logIn', ADMIN_LOGIN);
  });

  it('opens again, data intact, once the key file is put back', async () => {
    rmSync(vaultPaths(test.dataDir).keySlots);
    expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'keyFileProblem' });
    writeFileSync(vaultPaths(test.dataDir).keySlots, keySlots);
    expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'ready' });
    await test.call('logIn', ADMIN_LOGIN);
    expect(await test.call('listLocations', {})).toEqual([
      expect.objectContaining({ name: 'Main Hall' }),
    ]);
  });
});

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
