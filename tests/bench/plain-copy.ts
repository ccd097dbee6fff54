// A plain (unencrypted) copy of the bench's encrypted data folder, so the same calls can run on
// both and the cipher's cost is a ratio (DESIGN §8). Demo data only, in a temp folder the caller
// removes; never in the repository. The app cannot open it: Store.open refuses a plain file, and
// only the bench may pass an opener (ESLint keeps main/ from it).
import Sqlite from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  configureConnection,
  isPlaintextDatabase,
  openEncryptedDatabase,
  type RawDatabase,
} from '../../main/store/database';
import { Store } from '../../main/store/store';
import { readKeySlotFile, writeKeySlotFile, type KeySlotFile } from '../../main/vault/keyslots';
import { KEYSLOTS_FILE, unlockWithPassword, vaultPaths } from '../../main/vault/vault';
import { makeTempDir } from '../support/temp-core';

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

type Account = { username: string; password: string };

/**
 * Copies `dataDir`'s database and key-slot file into a new temp folder and rewrites the copy with
 * `rewrite` (with the WAL folded in first: rekey is refused in WAL mode). The caller's core must
 * be idle meanwhile (its WAL is copied as it is).
 */
async function rewrittenCopy(
  dataDir: string,
  account: Account,
  rewrite: (copy: RawDatabase) => void,
  check: (file: string) => void,
  slotsOf: (slots: KeySlotFile) => KeySlotFile,
): Promise<string> {
  const key = await unlockWithPassword(dataDir, account.username, account.password);
  if (!key) throw new Error('the bench account does not open the data folder');
  const copyDir = makeTempDir('ck-bench-copy-');
  const copyFile = vaultPaths(copyDir).database;
  try {
    for (const suffix of ['', '-wal']) {
      const from = vaultPaths(dataDir).database + suffix;
      if (existsSync(from)) copyFileSync(from, copyFile + suffix);
    }
    const copy = openEncryptedDatabase(copyFile, key);
    try {
      copy.pragma('journal_mode = DELETE');
      rewrite(copy);
      copy.pragma('journal_mode = WAL');
    } finally {
      copy.close();
    }
    check(copyFile);
    writeKeySlotFile(
      path.join(copyDir, KEYSLOTS_FILE),
      slotsOf(readKeySlotFile(path.join(dataDir, KEYSLOTS_FILE))),
    );
  } catch (error) {
    rmSync(copyDir, { recursive: true, force: true });
    throw error;
  } finally {
    key.fill(0);
  }
  return copyDir;
}

/**
 * A plain copy of `dataDir`'s database in a new temp folder: decrypted in place (rekey to an
 * empty key, which SQLite3 Multiple Ciphers takes as "no cipher"). Dropping the cipher's reserved
 * bytes rewrites every page, compacted as a VACUUM would; compare it with makeCompactCopy's
 * encrypted copy, not with the data folder as it grew. The key slots come along so the same
 * password signs in; their record of the encrypted file's salt is left out: a plain file has
 * none, and sign-in would take the folder for a mismatched one.
 */
export function makePlainCopy(dataDir: string, account: Account): Promise<string> {
  return rewrittenCopy(
    dataDir,
    account,
    (copy) => copy.pragma(`rekey = ''`),
    (file) => {
      if (!isPlaintextDatabase(file)) {
        throw new Error('the copy is not a plain SQLite file');
      }
    },
    ({ databaseSalt: _salt, ...slots }) => slots,
  );
}

/**
 * An encrypted copy of `dataDir`'s database, compacted by VACUUM (same key, salt and cipher
 * settings), so that it and the plain copy differ only by the cipher: the same rows in pages laid
 * out the same way, but for the 80 bytes per page the cipher reserves (IV and HMAC).
 */
export function makeCompactCopy(dataDir: string, account: Account): Promise<string> {
  return rewrittenCopy(
    dataDir,
    account,
    (copy) => copy.exec('VACUUM'),
    () => {},
    (slots) => slots,
  );
}
