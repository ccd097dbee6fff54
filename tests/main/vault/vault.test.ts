import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readKeySlotFile, type KeySlot } from '../../../main/vault/keyslots';
import {
  setPassword,
  unlockWithPassword,
  unlockWithRecoveryKey,
  vaultPaths,
} from '../../../main/vault/vault';
import { databaseKeyOf } from '../../support/raw-database';
import { ADMIN, createTestCore, TEST_SCRYPT, type TestCore } from '../../support/temp-core';

const MARKER = `PRIVATE${randomBytes(8).toString('hex')}`;
const COORDINATOR = {
  username: 'casey',
  displayName: `Casey ${MARKER} Coordinator`,
  role: 'coordinator' as const,
  password: 'harbour-light-19',
};

function slotsBy(dataDir: string): Map<string, KeySlot> {
  const file = readKeySlotFile(vaultPaths(dataDir).keySlots);
  return new Map(
    file.slots.map((slot) => [slot.kind === 'password' ? slot.username : 'recovery', slot]),
  );
}

describe('the vault on disk', () => {
  let test: TestCore;
  let recoveryKey: string;

  beforeEach(async () => {
    test = createTestCore();
    ({ recoveryKey } = await test.call('setUpVault', {
      organisationName: `Centre ${MARKER}`,
      timeZone: 'Europe/London',
      language: 'en',
      admin: { ...ADMIN, displayName: `Ada ${MARKER}` },
    }));
    await test.call('createUser', COORDINATOR);
  });

  afterEach(() => test.cleanUp());

  it('keeps one password slot per user and one recovery slot', () => {
    const file = readKeySlotFile(vaultPaths(test.dataDir).keySlots);
    expect(file.slots.map((s) => (s.kind === 'password' ? s.username : s.kind)).sort()).toEqual([
      'admin',
      'casey',
      'recovery',
    ]);
  });

  it('holds no personal data beyond usernames in the key-slot file', () => {
    const text = readFileSync(vaultPaths(test.dataDir).keySlots, 'utf8');
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain('Centre');
    expect(text).not.toContain('Ada');
    expect(text).not.toContain('Casey');
    expect(text).not.toContain('coordinator');
    const file = JSON.parse(text) as Record<string, unknown> & { slots: object[] };
    expect(Object.keys(file).sort()).toEqual([
      'databaseId',
      'databaseSalt',
      'format',
      'schemaVersion',
      'slots',
      'version',
    ]);
    for (const slot of file.slots) {
      expect(['cipher', 'id', 'kdf', 'kind', 'username']).toEqual(
        expect.arrayContaining(Object.keys(slot)),
      );
    }
  });

  it('writes the key-slot file readable by its owner only', () => {
    expect(statSync(vaultPaths(test.dataDir).keySlots).mode & 0o777).toBe(0o600);
  });

  it('opens with every user password and with the recovery key, all to the same key', async () => {
    const adminKey = await unlockWithPassword(test.dataDir, 'admin', ADMIN.password);
    const coordinatorKey = await unlockWithPassword(test.dataDir, 'casey', COORDINATOR.password);
    const recovered = await unlockWithRecoveryKey(test.dataDir, recoveryKey);
    expect(adminKey).not.toBeNull();
    expect(coordinatorKey?.equals(adminKey!)).toBe(true);
    expect(recovered?.equals(adminKey!)).toBe(true);
  });

  it('does not open with one user password given for another user', async () => {
    expect(await unlockWithPassword(test.dataDir, 'casey', ADMIN.password)).toBeNull();
    expect(await unlockWithPassword(test.dataDir, 'nobody', ADMIN.password)).toBeNull();
  });

  it('does not open with the recovery key given as a password', async () => {
    expect(await unlockWithPassword(test.dataDir, 'nobody', recoveryKey)).toBeNull();
  });

  it('rewraps only one slot on setPassword and re-encrypts nothing', async () => {
    await test.call('lock', {});
    const key = await databaseKeyOf(test.dataDir, 'admin', ADMIN.password);
    const paths = vaultPaths(test.dataDir);
    const databaseBefore = readFileSync(paths.database);
    const before = slotsBy(test.dataDir);
    const databaseId = readKeySlotFile(paths.keySlots).databaseId;

    await setPassword(test.dataDir, key, 'casey', 'new-tide-pool-88', TEST_SCRYPT);

    const after = slotsBy(test.dataDir);
    expect(after.get('admin')).toEqual(before.get('admin'));
    expect(after.get('recovery')).toEqual(before.get('recovery'));
    expect(after.get('casey')).not.toEqual(before.get('casey'));
    expect(after.size).toBe(3);
    expect(readFileSync(paths.database).equals(databaseBefore)).toBe(true);
    expect(readKeySlotFile(paths.keySlots).databaseId).toBe(databaseId);

    expect(await unlockWithPassword(test.dataDir, 'casey', COORDINATOR.password)).toBeNull();
    expect((await unlockWithPassword(test.dataDir, 'casey', 'new-tide-pool-88'))?.equals(key)).toBe(
      true,
    );
    expect((await unlockWithPassword(test.dataDir, 'admin', ADMIN.password))?.equals(key)).toBe(
      true,
    );
  });

  it('keeps every slot when password changes overlap, as the file is read again before writing', async () => {
    await test.call('lock', {});
    const key = await databaseKeyOf(test.dataDir, 'admin', ADMIN.password);
    const passwords = { dana: 'north-quay-51', eli: 'south-pier-62', fay: 'west-dock-73' };
    await Promise.all(
      Object.entries(passwords).map(([username, password]) =>
        setPassword(test.dataDir, key, username, password, TEST_SCRYPT),
      ),
    );
    for (const [username, password] of Object.entries(passwords)) {
      expect((await unlockWithPassword(test.dataDir, username, password))?.equals(key)).toBe(true);
    }
    expect([...slotsBy(test.dataDir).keys()].sort()).toEqual([
      'admin',
      'casey',
      'dana',
      'eli',
      'fay',
      'recovery',
    ]);
  });
});
