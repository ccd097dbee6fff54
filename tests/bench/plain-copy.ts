// A plain (unencrypted) copy of the bench's encrypted data folder, so the same calls can run on
// both and the cipher's cost is a ratio (DESIGN §8). Demo data only, in a temp folder the caller
// removes; never in the repository. The app cannot open it: Store.open refuses a plain file, and
// only the bench may pass an opener (ESLint keeps main/ from it).
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  configureConnection,
  openEncryptedDatabase,
  type RawDatabase,
} from '../../main/store/database';
import { Store } from '../../main/store/store';
import { readKeySlotFile, writeKeySlotFile } from '../../main/vault/keyslots';
import { KEYSLOTS_FILE, unlockWithPassword, vaultPaths } from '../../main/vault/vault';
import { makeTempDir } from '../support/temp-core';

const PLAINTEXT_HEADER = 'SQLite format 3\0';

export interface BenchOpener {
  open: (file: string, key: Buffer) => Promise<Store>;
  /** The connection the last `open` made: the bench empties its page cache for cold runs. */
  connection(): RawDatabase;
  /** The files the last `open` reads pages from (the database and its WAL), for cold runs. */
  files(): string[];
}

function openerOver(openRaw: (file: string, key: Buffer) => RawDatabase): BenchOpener {
  let last: RawDatabase | null = null;
  let lastFile = '';
  return {
    async open(file, key) {
      last = openRaw(file, key);
      lastFile = file;
      return Store.openBenchConnection(last, key);
    },
    connection() {
      if (!last?.open) throw new Error('the bench database is not open');
      return last;
    },
    files: () => [lastFile, `${lastFile}-wal`],
  };
}

/** The encrypted database as the app opens it (same key, same settings). */
export const encryptedOpener = (): BenchOpener => openerOver(openEncryptedDatabase);

/** The plain copy, with exactly the settings the app gives its encrypted connection. */
export const plainOpener = (): BenchOpener =>
  openerOver((file) => {
    const db = new Sqlite(file, { fileMustExist: true });
    configureConnection(db);
    return db;
  });

/**
 * Copies `dataDir`'s database into a new temp folder and decrypts the copy in place (rekey to an
 * empty key, which SQLite3 Multiple Ciphers takes as "no cipher"), so both files keep the same
 * page layout. The key-slot file comes along so the same password signs in; its record of the
 * encrypted file's salt is left out: a plain file has none, and sign-in would take the folder
 * for a mismatched one. The caller's core must be idle meanwhile (its WAL is copied as it is).
 */
export async function makePlainCopy(
  dataDir: string,
  account: { username: string; password: string },
): Promise<string> {
  const key = await unlockWithPassword(dataDir, account.username, account.password);
  if (!key) throw new Error('the bench account does not open the data folder');
  const plainDir = makeTempDir('ck-bench-plain-');
  const plainFile = vaultPaths(plainDir).database;
  try {
    for (const suffix of ['', '-wal']) {
      const from = vaultPaths(dataDir).database + suffix;
      if (existsSync(from)) copyFileSync(from, plainFile + suffix);
    }
    const copy = openEncryptedDatabase(plainFile, key);
    try {
      // Rekey is refused in WAL mode; leaving it folds the WAL into the file.
      copy.pragma('journal_mode = DELETE');
      copy.pragma(`rekey = ''`);
      copy.pragma('journal_mode = WAL');
    } finally {
      copy.close();
    }
    if (readFileSync(plainFile).subarray(0, 16).toString('latin1') !== PLAINTEXT_HEADER) {
      throw new Error('the copy is not a plain SQLite file');
    }
    const { databaseSalt: _salt, ...slots } = readKeySlotFile(path.join(dataDir, KEYSLOTS_FILE));
    writeKeySlotFile(path.join(plainDir, KEYSLOTS_FILE), slots);
  } catch (error) {
    rmSync(plainDir, { recursive: true, force: true });
    throw error;
  } finally {
    key.fill(0);
  }
  return plainDir;
}
