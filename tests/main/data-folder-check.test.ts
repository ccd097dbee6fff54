import Sqlite from 'better-sqlite3-multiple-ciphers';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { explainFailure } from '../../main/data-folder-check';
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
    expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'new' });
    await test.cleanUp();
  });
});

describe('explainFailure', () => {
  const dir = makeTempDir('ck-explain-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A real SQLITE_CANTOPEN: SQLite asked to open a folder as its database file. */
  function cantOpen(): unknown {
    try {
      new Sqlite(dir);
    } catch (error) {
      return error;
    }
    throw new Error('expected SQLite to refuse');
  }

  it('looks at the folder when SQLite cannot open the database file', () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    expect(explainFailure(cantOpen(), path.join(dir, 'gone'))?.code).toBe('DATA_DIR_MISSING');
    expect(explainFailure(cantOpen(), file)?.code).toBe('DATA_DIR_NOT_A_FOLDER');
    expect(explainFailure(cantOpen(), dir)?.code).toBe('DATA_DIR_PROBLEM');
  });

  it('leaves other failures to toAppError', () => {
    expect(explainFailure(new Sqlite.SqliteError('full', 'SQLITE_FULL'), dir)?.code).toBe(
      'DISK_FULL',
    );
    expect(explainFailure(new TypeError('bug'), dir)).toBeNull();
  });
});
