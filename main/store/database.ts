import Sqlite from 'better-sqlite3-multiple-ciphers';
import { chmodSync, closeSync, existsSync, openSync, readSync } from 'node:fs';
import { AppError } from '../app-error';

export type RawDatabase = Sqlite.Database;

const PLAINTEXT_HEADER = 'SQLite format 3\0';
/** SQLCipher raw keys are 256 bits; the vault makes keys of this size. */
export const KEY_BYTES = 32;

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/**
 * SQLCipher's raw-key text `x'<64 hex>'`, built byte by byte in a Buffer the caller zeroes:
 * the key never becomes a JS string, which could not be wiped and would outlive a lock.
 */
function rawKeyText(key: Buffer): Buffer {
  const text = Buffer.alloc(3 + key.length * 2);
  text[0] = 0x78; // x
  text[1] = 0x27; // '
  key.forEach((byte, index) => {
    text[2 + index * 2] = HEX_DIGITS[byte >> 4]!;
    text[3 + index * 2] = HEX_DIGITS[byte & 0x0f]!;
  });
  text[text.length - 1] = 0x27;
  return text;
}

/** Whether `file` is a plain (unencrypted) SQLite database, from its first bytes alone. */
export function isPlaintextDatabase(file: string): boolean {
  return readHeader(file) === PLAINTEXT_HEADER;
}

/** The file's first bytes, and only those: a large centre's file is over 100 MB. */
function readHeader(file: string): string {
  const header = Buffer.alloc(PLAINTEXT_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    const length = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, length).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** Keys a connection just opened; fails here, not later, when the key is wrong. */
function applyKey(db: RawDatabase, key: Buffer): void {
  // cipher and legacy must come before the key, or the file is not SQLCipher-compatible.
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  const keyText = rawKeyText(key);
  try {
    db.key(keyText);
  } finally {
    keyText.fill(0);
  }
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

/**
 * Opens an encrypted file read-only, changing nothing in it or beside it (no WAL, no journal):
 * for backups, whose trailer after the last page SQLite ignores, and for safety copies.
 */
export function openEncryptedReadOnly(file: string, key: Buffer): RawDatabase {
  if (key.length !== KEY_BYTES) throw new Error('database key must be 32 bytes');
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    db.pragma('temp_store = MEMORY');
    db.pragma('mmap_size = 0');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * How the core's connection runs once keyed. Exported for the bench, which opens a plain copy
 * with exactly these settings to measure what the cipher alone costs.
 */
export function configureConnection(db: RawDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Temp databases are never encrypted, so nothing may spill to a temp file.
  db.pragma('temp_store = MEMORY');
  db.pragma('mmap_size = 0');
  // Every page read from disk is decrypted and checked; the 2 MiB default cache would do
  // that again on each pass over a large centre's volunteer list. 32 MiB keeps it in memory.
  db.pragma('cache_size = -32768');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (or creates) the SQLCipher 4 database at `file` with a raw 256-bit key.
 * A raw `x'…'` key skips SQLCipher's PBKDF2, so opening costs nothing beyond the vault's scrypt.
 */
export function openEncryptedDatabase(file: string, key: Buffer): RawDatabase {
  if (key.length !== KEY_BYTES) throw new Error('database key must be 32 bytes');
  if (existsSync(file) && isPlaintextDatabase(file)) {
    throw new AppError('DATA_DIR_PROBLEM', 'errors.notEncrypted');
  }
  const db = new Sqlite(file);
  try {
    // Owner-only, like the key-slot file; SQLite gives the WAL and shm files the same mode.
    if (process.platform !== 'win32') chmodSync(file, 0o600);
    applyKey(db, key);
    configureConnection(db);
  } catch (error) {
    db.close();
    throw error;
  }
  if (isPlaintextDatabase(file)) {
    db.close();
    throw new AppError('DATA_DIR_PROBLEM', 'errors.notEncrypted');
  }
  return db;
}
