import Sqlite from 'better-sqlite3-multiple-ciphers';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppError } from '../../main/app-error';
import { toAppError } from '../../main/low-level-errors';
import { makeTempDir } from '../support/temp-core';

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
const sqliteError = (code: string) => new Sqlite.SqliteError('failed', code);

describe('toAppError', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('ck-errors-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['SQLITE_CORRUPT', 'DATABASE_CORRUPT'],
    ['SQLITE_CORRUPT_INDEX', 'DATABASE_CORRUPT'],
    ['SQLITE_NOTADB', 'DATABASE_CORRUPT'],
    ['SQLITE_FULL', 'DISK_FULL'],
    ['SQLITE_READONLY', 'READ_ONLY'],
    ['SQLITE_READONLY_DIRECTORY', 'READ_ONLY'],
  ])('tells %s from SQLite as %s', (code, expected) => {
    expect(toAppError(sqliteError(code))?.code).toBe(expected);
  });

  it.each([
    ['ENOSPC', 'DISK_FULL'],
    ['EDQUOT', 'DISK_FULL'],
    ['EROFS', 'READ_ONLY'],
    ['EACCES', 'READ_ONLY'],
    ['EPERM', 'READ_ONLY'],
  ])('tells the system error %s as %s', (code, expected) => {
    expect(toAppError(errno(code))?.code).toBe(expected);
  });

  it('tells a missing folder and a file in place of a folder apart', () => {
    const missing = thrownBy(() => readFileSync(path.join(dir, 'gone', 'keyslots.json')));
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    const notAFolder = thrownBy(() => readFileSync(path.join(file, 'keyslots.json')));
    expect(toAppError(missing)?.code).toBe('DATA_DIR_MISSING');
    expect(toAppError(notAFolder)?.code).toBe('DATA_DIR_NOT_A_FOLDER');
  });

  it('tells a port that another program holds as PORT_IN_USE', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    const second = net.createServer();
    const failure = await new Promise<unknown>((resolve) => {
      second.once('error', resolve);
      second.listen(port, '127.0.0.1');
    });
    await new Promise((resolve) => holder.close(resolve));
    expect(toAppError(failure)?.code).toBe('PORT_IN_USE');
  });

  it('keeps an AppError as it is and leaves other failures to INTERNAL', () => {
    const appError = new AppError('NOT_FOUND');
    expect(toAppError(appError)).toBe(appError);
    expect(toAppError(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(toAppError(new TypeError('x is not a function'))).toBeNull();
    expect(toAppError(errno('ECONNRESET'))).toBeNull();
    expect(toAppError(null)).toBeNull();
  });
});
