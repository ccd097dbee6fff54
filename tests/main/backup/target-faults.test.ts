import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { Store } from '../../../main/store/store';
import { makeTempDir } from '../../support/temp-core';
import { backUp, centreWithData, liveFiles, type SetUpCore } from './support';
import { readOnlyDrive, smallDrive } from './small-target';
import { layoutOf } from './tamper';

describe('a backup drive that is full or read-only', () => {
  let test: SetUpCore;
  let bodyBytes: number;

  beforeAll(async () => {
    let usb: string;
    ({ test, usb } = await centreWithData());
    bodyBytes = layoutOf((await backUp(test, usb)).file).bodyBytes;
  });

  afterAll(() => test.cleanUp());

  async function expectRefusedAndNothingLeft(dir: string, code: string, messageKey: string) {
    await test.call('lock', {});
    const before = liveFiles(test.dataDir);
    await test.call('logIn', { username: 'admin', password: 'river-stone-42' });
    expect(await test.refuse('createBackup', { targetDir: dir })).toMatchObject({
      code,
      messageKey,
    });
    expect(readdirSync(dir).filter((name) => !name.startsWith('filler'))).toEqual([]);
    await test.call('lock', {});
    expect(liveFiles(test.dataDir)).toEqual(before);
    await test.call('logIn', { username: 'admin', password: 'river-stone-42' });
  }

  // Too small for the snapshot, then big enough for it but not for the header and seal after it.
  it.each([
    ['the snapshot', () => 8 * 1024],
    ['the header', () => bodyBytes],
  ])(
    'says the drive is full, leaving no file, when a real small drive fills during %s',
    async (_what, size) => {
      const drive = smallDrive(path.join(makeTempDir('ck-full-'), 'USB'), size());
      if (!drive) {
        // Without mount rights the injected fault below is the whole evidence for this case.
        expect(process.getuid?.()).not.toBe(0);
        return;
      }
      try {
        await expectRefusedAndNothingLeft(drive.dir, 'DISK_FULL', 'errors.backupTargetFull');
      } finally {
        drive.release();
      }
    },
  );

  it('says the drive is full, leaving no file, when SQLite reports SQLITE_FULL mid-snapshot', async () => {
    const dir = path.join(makeTempDir('ck-injected-'), 'USB');
    mkdirSync(dir);
    const snapshot = jest.spyOn(Store.prototype, 'snapshotInto').mockImplementation((file) => {
      writeFileSync(file, Buffer.alloc(8192, 1));
      throw new Sqlite.SqliteError('database or disk is full', 'SQLITE_FULL');
    });
    try {
      await expectRefusedAndNothingLeft(dir, 'DISK_FULL', 'errors.backupTargetFull');
    } finally {
      snapshot.mockRestore();
    }
  });

  it('says the drive is read-only and writes nothing', async () => {
    const drive = readOnlyDrive(path.join(makeTempDir('ck-ro-'), 'USB'));
    try {
      await expectRefusedAndNothingLeft(drive.dir, 'READ_ONLY', 'errors.backupTargetReadOnly');
    } finally {
      drive.release();
    }
  });
});
