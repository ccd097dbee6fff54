import {
  copyFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Core } from '../../../main/core/core';
import { BACKUP_FORMAT_VERSION } from '../../../main/backup/format';
import { databaseKeyOf } from '../../support/raw-database';
import { ADMIN, createSetUpCore, makeTempDir, TEST_SCRYPT } from '../../support/temp-core';
import { ADMIN_SECRET, backUp, centreWithData, liveFiles, type SetUpCore } from './support';
import { flipByte, layoutOf, rewriteHeader } from './tamper';

describe('a backup file that must not be restored', () => {
  let test: SetUpCore;
  let usb: string;
  let good: string;
  let before: ReturnType<typeof liveFiles>;
  const work = makeTempDir('ck-bad-backups-');

  beforeAll(async () => {
    ({ test, usb } = await centreWithData());
    good = (await backUp(test, usb)).file;
    await test.call('lock', {});
    before = liveFiles(test.dataDir);
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
  });

  afterAll(() => test.cleanUp());

  /** A copy of the good backup, spoiled by `spoil`, named like a backup unless told. */
  function spoiled(name: string, spoil: (file: string) => void): string {
    const file = path.join(work, name);
    copyFileSync(good, file);
    spoil(file);
    return file;
  }

  async function expectRefusedAndUntouched(file: string, code: string, secret = ADMIN_SECRET) {
    for (const method of ['openBackup', 'restoreBackup']) {
      expect(await test.refuse(method, { file, secret })).toMatchObject({ code });
    }
    expect((await test.call('getVaultStatus', {})).isUnlocked).toBe(true);
    await test.call('lock', {});
    expect(liveFiles(test.dataDir)).toEqual(before);
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
  }

  it.each([
    ['one byte short', (size: number) => size - 1],
    ['cut inside the trailer', (size: number) => size - 40],
    ['cut inside the header', () => layoutOf(good).headerStart + 10],
    ['cut inside the body', () => 4096 * 2 + 17],
    ['cut to a few bytes', () => 10],
  ])('refuses a truncated backup (%s) as damaged', async (_what, at) => {
    const size = layoutOf(good).sizeBytes;
    const file = spoiled(`cut-${at(size)}.ckbackup`, (f) => truncateSync(f, at(size)));
    await expectRefusedAndUntouched(file, 'BACKUP_DAMAGED');
  });

  it.each([
    ['the body', () => 4096 + 100],
    ['the first page (salt)', () => 3],
    ['the header', () => layoutOf(good).headerStart + 40],
    ['the tag', () => layoutOf(good).sizeBytes - 1],
  ])('refuses a backup with a flipped byte in %s as damaged', async (_what, at) => {
    const file = spoiled(`flip-${at()}.ckbackup`, (f) => flipByte(f, at()));
    await expectRefusedAndUntouched(file, 'BACKUP_DAMAGED');
  });

  it('refuses the wrong password and the wrong recovery key', async () => {
    await expectRefusedAndUntouched(good, 'WRONG_CREDENTIALS', {
      ...ADMIN_SECRET,
      password: 'not-the-password-9',
    });
    const other = await createSetUpCore();
    const wrongKey = { kind: 'recoveryKey', recoveryKey: other.recoveryKey } as const;
    await expectRefusedAndUntouched(good, 'WRONG_CREDENTIALS', wrongKey as never);
    await other.cleanUp();
  });

  it('refuses a coordinator password: only admins open a backup', async () => {
    const coordinator = { kind: 'password', username: 'cora', password: 'meadow-lark-31' };
    await expectRefusedAndUntouched(good, 'WRONG_CREDENTIALS', coordinator as never);
  });

  it('refuses a file that is not a backup', async () => {
    const text = path.join(work, 'notes.txt');
    writeFileSync(text, 'shopping list\n'.repeat(100));
    await expectRefusedAndUntouched(text, 'BACKUP_NOT_A_BACKUP');
    await expectRefusedAndUntouched(work, 'BACKUP_NOT_A_BACKUP');
  });

  it('refuses a backup from a newer file format or a newer schema', async () => {
    const newerFormat = spoiled('newer-format.ckbackup', (f) => {
      const { trailerStart } = layoutOf(f);
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(BACKUP_FORMAT_VERSION + 1, 0);
      const all = readFileSync(f);
      bytes.copy(all, trailerStart + 4);
      writeFileSync(f, all);
    });
    await expectRefusedAndUntouched(newerFormat, 'BACKUP_TOO_NEW');
    const newerSchema = spoiled('newer-schema.ckbackup', () => undefined);
    await test.call('lock', {});
    const key = await databaseKeyOf(test.dataDir, ADMIN.username, ADMIN.password);
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    await rewriteHeader(newerSchema, key, (header) => {
      header.schemaVersion = 999;
    });
    await expectRefusedAndUntouched(newerSchema, 'BACKUP_TOO_NEW');
  });

  it('refuses a missing file and a new-computer restore on a computer already set up', async () => {
    await expectRefusedAndUntouched(path.join(work, 'gone.ckbackup'), 'NOT_FOUND');
    expect(
      await test.refuse('restoreBackupOnNewComputer', { file: good, secret: ADMIN_SECRET }),
    ).toMatchObject({ code: 'ALREADY_SET_UP' });
  });

  it('leaves nothing on the drive but the good backup', () => {
    expect(readdirSync(usb)).toEqual([path.basename(good)]);
  });
});

describe('writing a backup that cannot complete', () => {
  it('says the drive is missing when the folder is not there', async () => {
    const { test, usb } = await centreWithData();
    expect(await test.refuse('createBackup', { targetDir: path.join(usb, 'nope') })).toMatchObject({
      code: 'BACKUP_TARGET_MISSING',
    });
    await test.cleanUp();
  });

  it('removes the file and says so when the drive is pulled out mid-write', async () => {
    const { test, usb } = await centreWithData();
    await test.call('lock', {});
    const core = new Core({
      dataDir: test.dataDir,
      scrypt: TEST_SCRYPT,
      isIdleLockTimerOn: false,
      onProgress: ({ progress }) => {
        if (progress.phase === 'sealing') rmSync(usb, { recursive: true, force: true });
      },
    });
    await core.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    const result = await core.call('createBackup', { targetDir: usb });
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_TARGET_MISSING' } });
    await core.close();
    await test.cleanUp();
  });

  // The verification reads every byte back once: the body through SQLCipher's page HMACs, the
  // header, trailer and seals byte for byte against what was written.
  it.each([
    ['a body page', () => 5000],
    ['the header', (file: string) => layoutOf(file).headerStart + 10],
    ['the trailer', (file: string) => layoutOf(file).trailerStart + 2],
    ['the tag', (file: string) => layoutOf(file).sizeBytes - 1],
  ])(
    'removes a written backup that does not read back right (%s), and says why',
    async (_part, offsetIn) => {
      const { test, usb } = await centreWithData();
      await test.call('lock', {});
      let isSpoiled = false;
      const core = new Core({
        dataDir: test.dataDir,
        scrypt: TEST_SCRYPT,
        isIdleLockTimerOn: false,
        onProgress: ({ progress }) => {
          const [name] = readdirSync(usb).filter((n) => n.endsWith('.ckbackup'));
          if (progress.phase === 'checking' && name && !isSpoiled) {
            isSpoiled = true;
            const file = path.join(usb, name);
            flipByte(file, offsetIn(file));
          }
        },
      });
      await core.call('logIn', { username: ADMIN.username, password: ADMIN.password });
      const result = await core.call('createBackup', { targetDir: usb });
      expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_VERIFY_FAILED' } });
      expect(readdirSync(usb)).toEqual([]);
      await core.close();
      await test.cleanUp();
    },
  );
});
