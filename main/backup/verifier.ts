import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { BackupPreview, BackupSecret } from '../../shared/domain/backup';
import { AppError } from '../app-error';
import { LATEST_SCHEMA_VERSION } from '../store/migrate';
import { checkSnapshot } from '../store/snapshot';
import type { KeySlotFile } from '../vault/keyslots';
import { readBackupEnvelope, type BackupEnvelope } from './format';
import type { ProgressTracker } from './progress';
import { openSealedKeySlots, sealOf, sealsMatch, unlockKeySlots } from './seal';

export interface OpenedBackup {
  envelope: BackupEnvelope;
  /** The database key; the caller zeroes it when done. */
  key: Buffer;
  /** Every account's key slot as it was when the backup was made. */
  keySlots: KeySlotFile;
  preview: BackupPreview;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function previewOf(envelope: BackupEnvelope): BackupPreview {
  const { header } = envelope;
  return {
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    schemaVersion: header.schemaVersion,
    deviceLabel: header.deviceLabel,
    counts: header.counts,
    sizeBytes: envelope.sizeBytes,
  };
}

/** Reads every sealed byte; a file that ends early (a pulled drive) is damaged, not a crash. */
async function sealOrDamaged(...args: Parameters<typeof sealOf>) {
  try {
    return await sealOf(...args);
  } catch (error) {
    if ((error as { done?: unknown }).done !== undefined) throw new AppError('BACKUP_DAMAGED');
    throw error;
  }
}

/**
 * Opens a backup completely before anything may use it: the trailer and header, the key from
 * one of its slots, every byte against the digest and the tag, then SQLite's integrity check
 * and the row counts against the header. Each failure is its own clear error.
 */
export async function openBackupFile(
  file: string,
  secret: BackupSecret,
  progress?: ProgressTracker,
): Promise<OpenedBackup> {
  const envelope = readBackupEnvelope(file);
  const { header } = envelope;
  progress?.begin('restore', envelope.sealedBytes);
  const key = await unlockKeySlots(header.unlockSlots, secret);
  if (!key) {
    // A damaged file must not be reported as a wrong password: the digest needs no key.
    const { digest } = await sealOrDamaged(file, envelope.sealedBytes, null);
    if (!sealsMatch(envelope.digest, digest)) throw new AppError('BACKUP_DAMAGED');
    throw new AppError('WRONG_CREDENTIALS', 'errors.wrongBackupSecret');
  }
  try {
    const seal = await sealOrDamaged(
      file,
      envelope.sealedBytes,
      { databaseKey: key, hkdfSalt: header.hkdfSalt },
      (done) => progress?.report('verifying', done),
    );
    if (!sealsMatch(envelope.digest, seal.digest) || !sealsMatch(envelope.tag, seal.tag!)) {
      throw new AppError('BACKUP_DAMAGED');
    }
    // Trusted only now that the tag verified.
    if (header.schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('BACKUP_TOO_NEW');
    progress?.reportUnmeasured('checking');
    const check = checkSnapshot(file, key);
    if (
      !check.isIntact ||
      check.schemaVersion !== header.schemaVersion ||
      !sameCounts(check.counts, header.counts)
    ) {
      throw new AppError('BACKUP_DAMAGED');
    }
    const keySlots = openSealedKeySlots(header.sealedKeySlots, key, header.hkdfSalt);
    if (!keySlots) throw new AppError('BACKUP_DAMAGED');
    return { envelope, key, keySlots, preview: previewOf(envelope) };
  } catch (error) {
    key.fill(0);
    throw error;
  }
}

/** What the writer appended after the body, and where: read back byte for byte. */
export interface WrittenTail {
  tailStart: number;
  tail: Buffer;
}

/** Whether the file holds exactly `tail` from `tailStart` on, and nothing after it. */
function hasTail(file: string, { tailStart, tail }: WrittenTail): boolean {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).size !== tailStart + tail.length) return false;
    const read = Buffer.alloc(tail.length);
    return readSync(fd, read, 0, tail.length, tailStart) === tail.length && read.equals(tail);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks a backup just written, read back from the target, against what was written: the
 * header, trailer and seals byte for byte (and readable as a restore reads them); then the body
 * through SQLCipher, whose HMAC authenticates every page as it is read, and `integrity_check`
 * reads every page; then the row counts against the snapshot's. Every byte of the file is thus
 * checked once. The digest and tag are not computed a second time: the writer computed them over
 * this same file moments before, and a restore checks them (openBackupFile).
 * Returns why the file failed, or null.
 */
export function checkWrittenBackup(
  file: string,
  key: Buffer,
  expected: WrittenTail & { counts: Record<string, number> },
  progress?: ProgressTracker,
): string | null {
  progress?.reportUnmeasured('checking');
  if (!hasTail(file, expected)) return 'seal';
  readBackupEnvelope(file);
  const check = checkSnapshot(file, key);
  if (!check.isIntact) return 'integrity';
  if (!sameCounts(check.counts, expected.counts)) return 'counts';
  return null;
}
