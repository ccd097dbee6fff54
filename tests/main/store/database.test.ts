import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../main/app-error';
import { openEncryptedDatabase } from '../../../main/store/database';
import { openTempDatabase, type TempDatabase } from '../../support/raw-database';
import { makeTempDir } from '../../support/temp-core';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function firstBytes(file: string, count: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    readSync(fd, buffer, 0, count, 0);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

function writeSomething(db: TempDatabase): void {
  db.raw.exec(`CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('kept private')`);
}

describe('the encrypted database file', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
    writeSomething(db);
  });

  afterEach(() => db.cleanUp());

  it('does not start with the plaintext SQLite header', () => {
    db.raw.pragma('wal_checkpoint(TRUNCATE)');
    const header = firstBytes(db.file, 16);
    expect(header.length).toBe(16);
    expect(header.equals(PLAINTEXT_HEADER)).toBe(false);
  });

  it('refuses to open with the wrong key', async () => {
    await db.kysely.destroy();
    expect(() => openEncryptedDatabase(db.file, randomBytes(32))).toThrow();
  });

  it('opens again with the right key and keeps what was written', async () => {
    await db.kysely.destroy();
    const again = openEncryptedDatabase(db.file, db.key);
    try {
      expect(again.prepare('SELECT body FROM note').pluck().get()).toBe('kept private');
    } finally {
      again.close();
    }
  });

  it('cannot be read by plain SQLite without a key', async () => {
    await db.kysely.destroy();
    const plain = new Sqlite(db.file);
    try {
      expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
        /not a database/,
      );
    } finally {
      plain.close();
    }
  });

  it('refuses a key that is not 256 bits', () => {
    expect(() => openEncryptedDatabase(db.file, randomBytes(16))).toThrow();
  });

  it('is opened with WAL, synchronous FULL, foreign keys on and temp files in memory', () => {
    expect(db.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.raw.pragma('temp_store', { simple: true })).toBe(2);
  });

  it('is readable and writable by its owner only, WAL included', () => {
    expect(statSync(db.file).mode & 0o777).toBe(0o600);
    const wal = `${db.file}-wal`;
    expect(existsSync(wal)).toBe(true);
    expect(statSync(wal).mode & 0o777).toBe(0o600);
  });
});

describe('a plaintext SQLite file', () => {
  it("is refused with 'errors.notEncrypted' rather than opened", () => {
    const dir = makeTempDir('ck-plain-');
    try {
      const file = path.join(dir, 'plain.db');
      const plain = new Sqlite(file);
      plain.exec(`CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('not protected')`);
      plain.close();

      let thrown: unknown;
      try {
        openEncryptedDatabase(file, randomBytes(32));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect(thrown).toMatchObject({ code: 'DATA_DIR_PROBLEM', messageKey: 'errors.notEncrypted' });
      expect(firstBytes(file, 16).equals(PLAINTEXT_HEADER)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is told from its first bytes alone, however large the file (2 GiB and more)', () => {
    const dir = makeTempDir('ck-plain-');
    try {
      const file = path.join(dir, 'large.db');
      writeFileSync(file, PLAINTEXT_HEADER);
      // Sparse: no disk is used, yet reading the whole file into memory is refused by Node.
      truncateSync(file, 3 * 2 ** 30);
      expect(() => openEncryptedDatabase(file, randomBytes(32))).toThrow(
        expect.objectContaining({ code: 'DATA_DIR_PROBLEM', messageKey: 'errors.notEncrypted' }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
