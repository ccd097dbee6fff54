import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { cleanCloseRecordPath, recordCleanClose } from '../../../main/store/clean-close';
import { vaultPaths } from '../../../main/vault/vault';
import { damagePageOf } from '../../support/damage-page';
import { ADMIN, createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

const logIn = (test: TestCore) =>
  test.call('logIn', { username: ADMIN.username, password: ADMIN.password });

describe('unlock after a clean close (the damage check it may skip)', () => {
  let test: TestCore;
  let database: string;
  beforeEach(async () => {
    test = await createSetUpCore();
    database = vaultPaths(test.dataDir).database;
    await test.call('createGroup', sampleGroup({ name: 'Grief Circle' }));
  });
  afterEach(() => test.cleanUp());

  it('skips the whole-file check when the file is as the last lock left it', async () => {
    await test.call('lock', {});
    expect(existsSync(cleanCloseRecordPath(database))).toBe(true);
    await logIn(test);
    expect(test.core.vault.store.wasCheckedAtOpen).toBe(false);
    expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isDatabaseDamaged');
  });

  it('takes the record away at unlock, so a crash before the next lock leaves none', async () => {
    await test.call('lock', {});
    await logIn(test);
    expect(existsSync(cleanCloseRecordPath(database))).toBe(false);
  });

  it('still finds damage whose modification time was set back to what it was', async () => {
    await test.call('lock', {});
    // `touch -r` copies the times to the nanosecond, as a careful program could.
    const stamps = `${test.dataDir}/stamps`;
    writeFileSync(stamps, '');
    execFileSync('touch', ['-r', database, stamps]);
    await damagePageOf(test, 'support_group');
    execFileSync('touch', ['-r', stamps, database]);
    await logIn(test);
    expect(test.core.vault.store.wasCheckedAtOpen).toBe(true);
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isDatabaseDamaged: true });
    expect(await test.refuse('createGroup', sampleGroup({ name: 'After the damage' }))).toEqual({
      code: 'DATABASE_CORRUPT',
      messageKey: 'errors.DATABASE_CORRUPT',
    });
  });

  it('ignores a record that the database key did not write', async () => {
    await test.call('lock', {});
    recordCleanClose(database, randomBytes(32));
    await logIn(test);
    expect(test.core.vault.store.wasCheckedAtOpen).toBe(true);
  });

  it('never vouches for a damaged file: every unlock reports the damage again', async () => {
    await test.call('lock', {});
    await damagePageOf(test, 'support_group_status');
    await logIn(test);
    await test.call('lock', {});
    expect(existsSync(cleanCloseRecordPath(database))).toBe(false);
    await logIn(test);
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isDatabaseDamaged: true });
  });
});
