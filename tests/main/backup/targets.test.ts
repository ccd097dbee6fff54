import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listBackupTargets, platformDriveRoots } from '../../../main/backup/drives';
import { listFolder } from '../../../main/backup/folder-listing';
import { backupFileName, rotateBackups } from '../../../main/backup/rotation';
import { makeTempDir } from '../../support/temp-core';
import { backUp, centreWithData } from './support';

describe('finding a place for the backup', () => {
  it('offers each drive under the drive roots by label and free space, then the last folder', () => {
    const media = makeTempDir('ck-media-');
    mkdirSync(path.join(media, 'KINGSTON'));
    mkdirSync(path.join(media, '.hidden'));
    const last = makeTempDir('ck-last-');
    const targets = listBackupTargets(last, [{ parent: media, depth: 1 }], true);
    expect(targets).toEqual([
      expect.objectContaining({
        label: 'KINGSTON',
        kind: 'removable',
        freeBytes: expect.any(Number),
      }),
      expect.objectContaining({ path: last, kind: 'lastUsed' }),
    ]);
    expect(targets[0]!.freeBytes).toBeGreaterThan(0);
  });

  it('looks where each system mounts removable drives', () => {
    expect(platformDriveRoots('linux', {}).map((r) => r.parent)).toEqual([
      '/media',
      '/run/media',
      '/mnt',
    ]);
    expect(platformDriveRoots('darwin', {})).toEqual([{ parent: '/Volumes', depth: 1 }]);
    const windows = platformDriveRoots('win32', { SystemDrive: 'C:' }).map((r) => r.parent);
    expect(windows).toContain('E:\\');
    expect(windows).not.toContain('C:\\');
  });

  it('lists the sub-folders and backup files of a folder for the pickers', () => {
    const dir = makeTempDir('ck-pick-');
    mkdirSync(path.join(dir, 'Backups'));
    writeFileSync(path.join(dir, 'circlekeeper-2026-11-23-1405.ckbackup'), 'x');
    writeFileSync(path.join(dir, 'holiday.jpg'), 'x');
    const listing = listFolder(dir);
    expect(listing.folders.map((f) => f.name)).toEqual(['Backups']);
    expect(listing.backups.map((f) => f.name)).toEqual(['circlekeeper-2026-11-23-1405.ckbackup']);
    expect(listing.parent).toBe(path.dirname(dir));
  });
});

describe('rotating old backups', () => {
  it('keeps the newest N of ours, always the one just written, and nothing else is touched', () => {
    const dir = makeTempDir('ck-rotate-');
    const names = [1, 2, 3, 4, 5].map((day) => backupFileName(new Date(2026, 10, day, 14, 5)));
    names.forEach((name, i) => {
      writeFileSync(path.join(dir, name), 'x');
      utimesSync(path.join(dir, name), 1_000 + i, 1_000 + i);
    });
    writeFileSync(path.join(dir, 'my-notes.ckbackup'), 'x');
    // The one just written has the oldest clock of all (a PC whose clock was wrong).
    const removed = rotateBackups(dir, 3, names[0]!);
    expect(removed.sort()).toEqual([names[1], names[2]].sort());
    expect(listFolder(dir).backups.map((b) => b.name)).toEqual(
      [names[0], names[3], names[4], 'my-notes.ckbackup'].sort(),
    );
  });
});

describe('backing up while others keep writing', () => {
  it('takes a snapshot between writes: its counts and contents agree with each other', async () => {
    const { test, usb } = await centreWithData();
    const writes = Array.from({ length: 20 }, (_, i) =>
      test.call('createLocation', { name: `Room ${i}` }),
    );
    const backup = backUp(test, usb);
    const more = Array.from({ length: 20 }, (_, i) =>
      test.call('createLocation', { name: `Annexe ${i}` }),
    );
    const [result] = await Promise.all([backup, ...writes, ...more]);
    // Calls run one at a time: the backup holds exactly the writes sent before it.
    expect(result.counts.location).toBe(21);
    expect(await test.call('getBackupProgress', {})).toMatchObject({
      operation: 'backup',
      phase: 'done',
      doneBytes: result.sizeBytes,
    });
    const preview = await test.call('openBackup', {
      file: result.file,
      secret: { kind: 'password', username: 'admin', password: 'river-stone-42' },
    });
    expect(preview.counts).toEqual(result.counts);
    expect(await test.call('getBackupStatus', {})).toMatchObject({
      last: { fileName: result.fileName, targetDir: usb, counts: result.counts },
      keepCount: 10,
      nagAfterDays: 7,
    });
    await test.cleanUp();
  });

  it('keeps the backup settings an admin chooses, and browses only full paths', async () => {
    const { test } = await centreWithData();
    await test.call('updateBackupSettings', { keepCount: 4, nagAfterDays: 14 });
    // The core's working folder means nothing to the person choosing: only full paths.
    for (const relative of ['USB', './USB', '../media']) {
      expect(await test.refuse('listFolder', { path: relative })).toMatchObject({
        code: 'VALIDATION_FAILED',
        fieldErrors: [{ path: 'path', messageKey: 'validation.absolutePath' }],
      });
    }
    expect(await test.call('getBackupStatus', {})).toEqual({
      last: null,
      keepCount: 4,
      nagAfterDays: 14,
    });
    await test.cleanUp();
  });
});
