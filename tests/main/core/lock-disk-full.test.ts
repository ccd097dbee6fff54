import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { vaultPaths } from '../../../main/vault/vault';
import { ADMIN, createTestCore, makeTempDir, sampleGroup } from '../../support/temp-core';

const GROUPS = 40;

/** Writes a filler file until the file system refuses with ENOSPC. */
function fillDisk(file: string): void {
  const chunk = Buffer.alloc(64 * 1024, 1);
  const fd = openSync(file, 'w');
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

// A real full disk: a small tmpfs (mounting needs root, as on the CI machine).
describe('locking on a full disk', () => {
  const mountPoint = makeTempDir('ck-full-');
  const dataDir = path.join(mountPoint, 'data');
  const filler = path.join(mountPoint, 'filler');

  beforeAll(() => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m,mode=0700', 'tmpfs', mountPoint]);
  });

  afterAll(() => {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('still closes the database and drops the key, and loses nothing', async () => {
    const test = createTestCore(dataDir);
    try {
      await test.call('setUpVault', {
        organisationName: 'Full Disk Centre',
        timeZone: 'Europe/London',
        language: 'en',
        admin: ADMIN,
      });
      for (let n = 0; n < GROUPS; n += 1) {
        await test.call(
          'createGroup',
          sampleGroup({
            name: `Group ${n}`,
            publicDescription: randomBytes(900).toString('base64'),
            // Paused: no sessions, so the groups alone fill the WAL as this test measures it.
            status: 'paused',
          }),
        );
      }
      fillDisk(filler);
      // The write fails at commit, when SQLite appends its pages to the WAL.
      expect(await test.refuse('createGroup', sampleGroup({ name: 'One too many' }))).toMatchObject(
        { code: 'DISK_FULL' },
      );

      expect(await test.call('lock', {})).toBeNull();
      expect(test.core.vault.isUnlocked).toBe(false);
      expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false });
      expect(await test.refuse('listGroups', {})).toMatchObject({ code: 'LOCKED' });
      // The checkpoint could not run: the writes wait, encrypted, in the WAL.
      expect(statSync(`${vaultPaths(dataDir).database}-wal`).size).toBeGreaterThan(0);

      rmSync(filler);
      await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
      const groups = await test.call('listGroups', {});
      expect(groups).toHaveLength(GROUPS);
      expect(groups.map((group) => group.name)).not.toContain('One too many');
    } finally {
      await test.core.close();
    }
  });
});
