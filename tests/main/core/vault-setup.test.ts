import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { vaultPaths } from '../../../main/vault/vault';
import { ADMIN, createSetUpCore, createTestCore, type TestCore } from '../../support/temp-core';
import { ADMIN_LOGIN } from '../../support/vault-accounts';

const RECOVERY_KEY_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;
const SET_UP_INPUT = {
  organisationName: 'Riverside Community Centre',
  timeZone: 'Europe/London',
  language: 'en' as const,
  admin: ADMIN,
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
