import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/*
 * Why unlock may skip the damage check, and why that keeps its purpose.
 *
 * The check at unlock (integrity.ts) reads and decrypts every page: about 2.5 s of a 3 s unlock
 * at a large centre's size. What it is for is damage done while the app was not looking at the
 * file — a crash mid-write, a copy cut short, another program writing to it — so that an admin
 * is told before more is entered. After a clean close this core itself wrote the file last, so
 * the close records the file's identity and stamps (device, inode, size, modification and
 * change times in nanoseconds). The next open skips the check only when all of them are the
 * same and no WAL is waiting:
 * - any write through the file system changes the change time (ctime), which no program can set
 *   back (touch and utimes set mtime and atime only), and a file put in its place has another
 *   inode;
 * - a crash leaves no record: the open takes the record away, so only a close writes one;
 * - the record is tagged with HMAC-SHA-256 under a key derived from the database key (it holds
 *   nothing secret, but nobody without the key can write one that says "skip");
 * - damage found at open is never recorded as clean, so it is told again at every unlock.
 * What it cannot see is a disk that changes bytes under the file system. SQLCipher still
 * authenticates every page it reads (DATABASE_CORRUPT, never wrong data), and every backup
 * reads every page and runs integrity_check, which the dashboard asks for weekly.
 * (The other way, a check in a worker thread with writes held until it answers, would also
 * read the whole file on each unlock, on a 2-core PC, while the first screens load.)
 */

const CLEAN_CLOSE_KEY_INFO = 'circlekeeper clean close v1';
const TAG_BYTES = 32;

export const cleanCloseRecordPath = (databaseFile: string) => `${databaseFile}-clean`;

export function deriveCleanCloseKey(databaseKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), CLEAN_CLOSE_KEY_INFO, 32));
}

/** What changes whenever anything writes to, replaces or truncates the file. */
function fileStamps(file: string): string {
  const stat = statSync(file, { bigint: true });
  return [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join(':');
}

const tagOf = (key: Buffer, stamps: string) => createHmac('sha256', key).update(stamps).digest();

/** After a clean close (nothing left in a WAL): records that this file was last written here. */
export function recordCleanClose(databaseFile: string, key: Buffer): void {
  const stamps = fileStamps(databaseFile);
  const record = Buffer.concat([tagOf(key, stamps), Buffer.from(stamps, 'latin1')]);
  const target = cleanCloseRecordPath(databaseFile);
  // A torn or lost record only costs one full check, so no fsync is needed here.
  writeFileSync(`${target}.tmp`, record, { mode: 0o600 });
  renameSync(`${target}.tmp`, target);
}

function hasWaitingWal(databaseFile: string): boolean {
  const wal = `${databaseFile}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}

/**
 * Before an open: whether the file is exactly as the last clean close left it. The record is
 * removed either way, so a crash before the next close leaves none behind.
 */
export function takeCleanCloseRecord(databaseFile: string, key: Buffer): boolean {
  const target = cleanCloseRecordPath(databaseFile);
  if (!existsSync(target)) return false;
  let record: Buffer;
  try {
    record = readFileSync(target);
    rmSync(target);
  } catch {
    return false;
  }
  if (record.length <= TAG_BYTES || hasWaitingWal(databaseFile)) return false;
  const stamps = fileStamps(databaseFile);
  if (record.subarray(TAG_BYTES).toString('latin1') !== stamps) return false;
  return timingSafeEqual(record.subarray(0, TAG_BYTES), tagOf(key, stamps));
}
