import { closeSync, openSync, writeSync } from 'node:fs';
import { vaultPaths } from '../../../main/vault/vault';
import { withRawVaultDatabase } from '../../support/raw-database';
import { ADMIN, createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

const PAGE_SIZE = 4096;

/** Overwrites the middle of one page of the encrypted file, as a failing disk would. */
async function damagePageOf(test: TestCore, objectName: string): Promise<void> {
  const rootPage = await withRawVaultDatabase(test.dataDir, ADMIN, (raw) => {
    const row = raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(objectName) as
      { rootpage: number } | undefined;
    if (!row) throw new Error(`no ${objectName} in the schema`);
    return row.rootpage;
  });
  const fd = openSync(vaultPaths(test.dataDir).database, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, (rootPage - 1) * PAGE_SIZE + 1500);
  } finally {
    closeSync(fd);
  }
}

async function lockDamageAndSignIn(test: TestCore, objectName: string): Promise<void> {
  await test.call('lock', {});
  await damagePageOf(test, objectName);
  await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
}

describe('the check of the database at unlock', () => {
  let test: TestCore;
  beforeEach(async () => {
    test = await createSetUpCore();
    for (const name of ['Grief Circle', 'Carers Group', 'Recovery Friday']) {
      await test.call('createGroup', sampleGroup({ name }));
    }
  });
  afterEach(() => test.cleanUp());

  it('reports nothing for a healthy database', async () => {
    await test.call('lock', {});
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isDatabaseDamaged');
  });

  it('flags a damaged index page to the signed-in user at once', async () => {
    await lockDamageAndSignIn(test, 'support_group_status');
    expect(await test.call('getVaultStatus', {})).toMatchObject({
      isUnlocked: true,
      isDatabaseDamaged: true,
    });
  });

  it('flags a damaged table page, and writes that touch it say DATABASE_CORRUPT', async () => {
    await lockDamageAndSignIn(test, 'support_group');
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isDatabaseDamaged: true });
    expect(await test.refuse('createGroup', sampleGroup({ name: 'After the damage' }))).toEqual({
      code: 'DATABASE_CORRUPT',
      messageKey: 'errors.DATABASE_CORRUPT',
    });
  });

  it('tells nobody once signed out', async () => {
    await lockDamageAndSignIn(test, 'support_group_status');
    await test.call('logOut', {});
    expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isDatabaseDamaged');
  });
});
