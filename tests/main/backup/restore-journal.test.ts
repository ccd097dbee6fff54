import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ADMIN } from '../../support/temp-core';
import { stageBackup } from '../../../main/backup/restorer';
import {
  commitRestore,
  restoreMoves,
  type RestoreJournal,
} from '../../../main/backup/restore-journal';
import { openBackupFile } from '../../../main/backup/verifier';
import { ADMIN_SECRET, backUp, centreWithData, type SetUpCore } from './support';

const signIn = (test: SetUpCore) =>
  test.call('logIn', { username: ADMIN.username, password: ADMIN.password });

/**
 * A restore killed at each point: the journal written and only the first `done` moves made.
 * The next start must finish it: the new data, whole, and the old data as a safety copy.
 */
describe('a restore cut short after it committed', () => {
  let test: SetUpCore;
  let file: string;
  let moveCount: number;

  beforeAll(async () => {
    const centre = await centreWithData();
    test = centre.test;
    file = (await backUp(test, centre.usb)).file;
    await test.call('createLocation', { name: 'Added after the backup' });
    await test.call('lock', {});
    moveCount = restoreMoves(test.dataDir, { version: 1, safetyCopy: null }).length;
  });

  afterAll(() => test.cleanUp());

  it('moves four old files out and three new ones in', () => {
    expect(moveCount).toBe(7);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])(
    'finishes at the next start when killed after %i moves, giving the backup’s data',
    async (done) => {
      const opened = await openBackupFile(file, ADMIN_SECRET);
      stageBackup(test.dataDir, file, opened);
      opened.key.fill(0);
      const journal: RestoreJournal = {
        version: 1,
        safetyCopy: {
          id: `killed-after-${done}`,
          createdAt: new Date().toISOString(),
          counts: {},
          sizeBytes: 1,
        },
      };
      commitRestore(test.dataDir, journal);
      for (const move of restoreMoves(test.dataDir, journal).slice(0, done)) move();
      // "Killed" here; the next start reads the folder through the vault.
      expect((await test.call('getVaultStatus', {})).state).toBe('ready');
      await signIn(test);
      expect((await test.call('listLocations', {})).map((l) => l.name)).toEqual(['Main Hall']);
      await test.call('lock', {});
      expect(existsSync(path.join(test.dataDir, 'restore-journal.json'))).toBe(false);
      const kept = path.join(test.dataDir, 'safety-copies', `killed-after-${done}`);
      expect(readdirSync(kept)).toEqual(
        expect.arrayContaining(['circlekeeper.db', 'keyslots.json', 'safety-copy.json']),
      );
    },
  );

  it('keeps the old data when killed after staging but before the journal', async () => {
    await signIn(test);
    await test.call('createLocation', { name: 'Only in the old data' });
    await test.call('lock', {});
    const opened = await openBackupFile(file, ADMIN_SECRET);
    stageBackup(test.dataDir, file, opened);
    opened.key.fill(0);
    await signIn(test);
    expect((await test.call('listLocations', {})).map((l) => l.name)).toContain(
      'Only in the old data',
    );
    expect(existsSync(path.join(test.dataDir, 'restore-staging'))).toBe(false);
  });
});
