import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { openEncryptedDatabase, type RawDatabase } from '../../main/store/database';
import { unlockWithPassword, vaultPaths } from '../../main/vault/vault';
import { makeTempDir } from './temp-core';

/** A fresh encrypted database file in its own temp dir, for store-level tests. */
export interface TempDatabase {
  file: string;
  key: Buffer;
  raw: RawDatabase;
  kysely: Kysely<unknown>;
  /** Closes the connection (if still open) and removes the temp dir. */
  cleanUp(): Promise<void>;
}

export function openTempDatabase(key: Buffer = randomBytes(32)): TempDatabase {
  const dir = makeTempDir('ck-db-');
  const file = path.join(dir, 'test.db');
  const raw = openEncryptedDatabase(file, key);
  const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  return {
    file,
    key,
    raw,
    kysely,
    async cleanUp() {
      if (raw.open) await kysely.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The database key of a set-up data dir, unwrapped the way sign-in does it. */
export async function databaseKeyOf(
  dataDir: string,
  username: string,
  password: string,
): Promise<Buffer> {
  const key = await unlockWithPassword(dataDir, username, password);
  if (!key) throw new Error(`no key slot opens for ${username}`);
  return key;
}

/**
 * Opens a set-up data dir's database behind the core's back, to arrange states the API cannot
 * reach (a schema from the future, a damaged row). The core must be locked or closed first.
 */
export async function withRawVaultDatabase<T>(
  dataDir: string,
  credentials: { username: string; password: string },
  work: (db: RawDatabase) => T,
): Promise<T> {
  const key = await databaseKeyOf(dataDir, credentials.username, credentials.password);
  const db = openEncryptedDatabase(vaultPaths(dataDir).database, key);
  try {
    return work(db);
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    key.fill(0);
  }
}
