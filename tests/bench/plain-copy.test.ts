import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { Core } from '../../main/core/core';
import { Store } from '../../main/store/store';
import { vaultPaths } from '../../main/vault/vault';
import { ADMIN, createSetUpCore, sampleGroup, type TestCore } from '../support/temp-core';
import { encryptedOpener, makeCompactCopy, makePlainCopy, plainOpener } from './plain-copy';

const SIGN_IN = { username: ADMIN.username, password: ADMIN.password };

describe('the bench’s plain copy', () => {
  let test: TestCore;
  let plainDir: string;

  beforeEach(async () => {
    test = await createSetUpCore();
    await test.call('createGroup', sampleGroup());
    await test.call(
      'createGroup',
      sampleGroup({ name: 'Monday Carers Circle', focus: 'caregivers' }),
    );
    plainDir = await makePlainCopy(test.dataDir, ADMIN);
  });

  afterEach(async () => {
    await test.cleanUp();
    rmSync(plainDir, { recursive: true, force: true });
  });

  it('is a plain SQLite file that the bench opener serves the same answers from', async () => {
    const header = readFileSync(vaultPaths(plainDir).database).subarray(0, 16);
    expect(header.toString('latin1')).toBe('SQLite format 3\0');
    const plain = new Core({
      dataDir: plainDir,
      isIdleLockTimerOn: false,
      benchStoreOpener: plainOpener().open,
    });
    try {
      const signedIn = await plain.call('logIn', SIGN_IN);
      expect(signedIn).toMatchObject({ ok: true });
      const fromPlain = await plain.call('listGroups', {});
      expect(fromPlain).toEqual({ ok: true, value: await test.call('listGroups', {}) });
      expect(await test.call('listGroups', {})).toHaveLength(2);
    } finally {
      await plain.close();
    }
  });

  it('has an encrypted, compacted twin that the same password opens, with the same answers', async () => {
    const compactDir = await makeCompactCopy(test.dataDir, ADMIN);
    const opener = encryptedOpener();
    const compact = new Core({
      dataDir: compactDir,
      isIdleLockTimerOn: false,
      benchStoreOpener: opener.open,
    });
    try {
      const header = readFileSync(vaultPaths(compactDir).database).subarray(0, 16);
      expect(header.toString('latin1')).not.toBe('SQLite format 3\0');
      expect(await compact.call('logIn', SIGN_IN)).toMatchObject({ ok: true });
      expect(await compact.call('listGroups', {})).toEqual({
        ok: true,
        value: await test.call('listGroups', {}),
      });
      expect(opener.files()).toEqual([
        vaultPaths(compactDir).database,
        `${vaultPaths(compactDir).database}-wal`,
      ]);
    } finally {
      await compact.close();
      rmSync(compactDir, { recursive: true, force: true });
    }
  });

  it('cannot be opened the way the app opens a database', async () => {
    await expect(Store.open(vaultPaths(plainDir).database, randomBytes(32))).rejects.toMatchObject({
      code: 'DATA_DIR_PROBLEM',
      messageKey: 'errors.notEncrypted',
    });
    const app = new Core({ dataDir: plainDir, isIdleLockTimerOn: false });
    try {
      const signedIn = await app.call('logIn', SIGN_IN);
      expect(signedIn).toMatchObject({ ok: false, error: { code: 'DATA_DIR_PROBLEM' } });
    } finally {
      await app.close();
    }
  });
});
