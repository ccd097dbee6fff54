import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ADMIN, createTestCore, makeTempDir } from '../../support/temp-core';
import { backUp, centreWithData, everyRow } from './support';

describe('a backup restored on a new computer', () => {
  it('gives identical content, row for row, in every table, from only the file and the recovery key', async () => {
    const { test, usb } = await centreWithData();
    await test.call('lock', {});
    const original = await everyRow(test.dataDir);
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    const result = await backUp(test, usb);
    expect(result).toMatchObject({
      verified: true,
      fileName: expect.stringMatching(/^circlekeeper-\d{4}-\d{2}-\d{2}-\d{4}\.ckbackup$/),
    });
    expect(result.counts).toMatchObject({ support_group: 3, location: 1, app_user: 2 });
    expect(readdirSync(usb)).toEqual([result.fileName]);

    const newPc = createTestCore(path.join(makeTempDir('ck-newpc-'), 'data'));
    const secret = { kind: 'recoveryKey', recoveryKey: test.recoveryKey } as const;
    const preview = await newPc.call('previewBackupOnNewComputer', { file: result.file, secret });
    expect(preview).toMatchObject({ counts: result.counts, createdAt: result.createdAt });
    await newPc.call('restoreBackupOnNewComputer', { file: result.file, secret });
    expect(await newPc.call('getVaultStatus', {})).toMatchObject({
      state: 'ready',
      isUnlocked: false,
    });
    await newPc.call('logIn', { username: 'cora', password: 'meadow-lark-31' });
    await newPc.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await newPc.call('listGroups', {})).map((g) => g.name).sort()).toEqual([
      'Carers Café',
      'Recovery Tuesdays',
      'Thursday Grief Circle',
    ]);
    await newPc.call('lock', {});
    const restored = await everyRow(newPc.dataDir);
    expect(restored).toEqual(original);
    await newPc.cleanUp();
    await test.cleanUp();
  });
});
