import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTestCore, makeTempDir } from '../support/temp-core';

describe('a data folder path that cannot work', () => {
  const dir = makeTempDir('ck-folder-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the first question of the app say the path is a file, not a folder', async () => {
    const file = path.join(dir, 'circlekeeper-data');
    writeFileSync(file, '');
    const test = createTestCore(file);
    expect(await test.refuse('getVaultStatus', {})).toEqual({
      code: 'DATA_DIR_NOT_A_FOLDER',
      messageKey: 'errors.DATA_DIR_NOT_A_FOLDER',
    });
    await test.core.close();
  });

  it('lets a folder that does not exist yet be set up', async () => {
    const test = createTestCore(path.join(dir, 'new', 'data'));
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isSetUp: false });
    await test.cleanUp();
  });
});
