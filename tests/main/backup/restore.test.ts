import { existsSync } from 'node:fs';
import path from 'node:path';
import { ADMIN } from '../../support/temp-core';
import { ADMIN_SECRET, backUp, centreWithData, type SetUpCore } from './support';

const signIn = (test: SetUpCore) =>
  test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
const groupNames = async (test: SetUpCore) =>
  (await test.call('listGroups', {})).map((g) => g.name).sort();

describe('restoring a backup over the current data', () => {
  let test: SetUpCore;
  let usb: string;
  let file: string;

  beforeAll(async () => {
    ({ test, usb } = await centreWithData());
    file = (await backUp(test, usb)).file;
    const groups = await test.call('listGroups', {});
    await test.call('archiveGroup', { id: groups[0]!.id });
    await test.call('createLocation', { name: 'Annexe' });
  });

  afterAll(() => test.cleanUp());

  it('shows what the backup holds before anything changes', async () => {
    const preview = await test.call('openBackup', { file, secret: ADMIN_SECRET });
    expect(preview).toMatchObject({ counts: { location: 1, support_group: 3 } });
    expect((await test.call('listLocations', {})).length).toBe(2);
  });

  it('keeps the session when the password does not open the backup', async () => {
    const error = await test.refuse('restoreBackup', {
      file,
      secret: { ...ADMIN_SECRET, password: 'not-the-password-9' },
    });
    expect(error).toMatchObject({
      code: 'WRONG_CREDENTIALS',
      messageKey: 'errors.wrongBackupSecret',
    });
    expect((await test.call('getVaultStatus', {})).isUnlocked).toBe(true);
  });

  it('brings back the old data, signs everyone out, and keeps the replaced data as a safety copy', async () => {
    await test.call('restoreBackup', { file, secret: ADMIN_SECRET });
    expect((await test.call('getVaultStatus', {})).isUnlocked).toBe(false);
    expect(await test.refuse('listGroups', {})).toMatchObject({ code: 'LOCKED' });
    await signIn(test);
    expect((await test.call('listLocations', {})).map((l) => l.name)).toEqual(['Main Hall']);
    const copies = await test.call('listSafetyCopies', {});
    expect(copies).toEqual([
      expect.objectContaining({ counts: expect.objectContaining({ location: 2 }) }),
    ]);
    expect(existsSync(path.join(test.dataDir, 'restore-journal.json'))).toBe(false);
    expect(existsSync(path.join(test.dataDir, 'restore-staging'))).toBe(false);
  });

  it('restores the safety copy in turn, keeping the data it replaces', async () => {
    const [copy] = await test.call('listSafetyCopies', {});
    await test.call('restoreSafetyCopy', { id: copy!.id });
    await signIn(test);
    expect((await test.call('listLocations', {})).map((l) => l.name).sort()).toEqual([
      'Annexe',
      'Main Hall',
    ]);
    expect(await groupNames(test)).toHaveLength(3);
    expect(await test.call('listSafetyCopies', {})).toHaveLength(2);
  });

  it('refuses a safety copy that does not exist', async () => {
    expect(await test.refuse('restoreSafetyCopy', { id: 'no-such-copy' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
