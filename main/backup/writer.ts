import { hostname } from 'node:os';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { RowCounts } from '../../shared/domain/backup';
import { APP_VERSION } from '../app-version';
import { AppError } from '../app-error';
import { toAppError } from '../low-level-errors';
import { LATEST_SCHEMA_VERSION } from '../store/migrate';
import type { Store } from '../store/store';
import { syncDirectory } from '../vault/atomic-file';
import type { KeySlotFile } from '../vault/keyslots';
import { encodeTrailerStart, type BackupHeader } from './format';
import type { ProgressTracker } from './progress';
import { backupFileName, partialName, removeStalePartials } from './rotation';
import { newHkdfSalt, sealKeySlots, sealOf } from './seal';
import { checkWrittenBackup, type WrittenTail } from './verifier';

export interface BackupSource {
  store: Store;
  databaseFile: string;
  databaseKey: Buffer;
  keySlots: KeySlotFile;
  /** Whose password slots are copied in clear to the header: only admins may open a backup. */
  adminUsernames: readonly string[];
  now: Date;
}

export interface WrittenBackup {
  file: string;
  fileName: string;
  createdAt: string;
  counts: RowCounts;
  sizeBytes: number;
}

/** A failure while writing to the target, in words about the target (not the data folder). */
export function targetError(error: unknown, targetDir: string): unknown {
  if (!existsSync(targetDir)) return new AppError('BACKUP_TARGET_MISSING');
  if (!isWritable(targetDir)) return new AppError('READ_ONLY', 'errors.backupTargetReadOnly');
  const meaning = toAppError(error);
  if (meaning?.code === 'DISK_FULL') return new AppError('DISK_FULL', 'errors.backupTargetFull');
  if (meaning?.code === 'READ_ONLY')
    return new AppError('READ_ONLY', 'errors.backupTargetReadOnly');
  if (meaning?.code === 'DATA_DIR_MISSING') return new AppError('BACKUP_TARGET_MISSING');
  return error;
}

function isWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function assertUsableTarget(targetDir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(targetDir).isDirectory();
  } catch {
    throw new AppError('BACKUP_TARGET_MISSING');
  }
  if (!isFolder) throw new AppError('BACKUP_TARGET_MISSING');
  if (!isWritable(targetDir)) throw new AppError('READ_ONLY', 'errors.backupTargetReadOnly');
}

function freeName(targetDir: string, at: Date, requested: string | undefined): string {
  if (requested) return requested;
  for (let attempt = 1; ; attempt += 1) {
    const name = backupFileName(at, attempt);
    if (!existsSync(path.join(targetDir, name))) return name;
  }
}

function unlockSlotsOf(source: BackupSource): KeySlotFile {
  return {
    ...source.keySlots,
    slots: source.keySlots.slots.filter(
      (slot) => slot.kind === 'recovery' || source.adminUsernames.includes(slot.username),
    ),
  };
}

/**
 * Appends the header and the trailer, then the digest and tag over all of it; fsyncs. Returns
 * the bytes appended after the body (header, trailer, seals), which the verification reads back.
 */
async function seal(
  temp: string,
  header: BackupHeader,
  source: BackupSource,
  progress: ProgressTracker,
): Promise<Buffer> {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const fd = openSync(temp, 'r+');
  try {
    const tail = Buffer.concat([headerBytes, encodeTrailerStart(headerBytes.length)]);
    writeSync(fd, tail, 0, tail.length, header.bodyBytes);
    const sealedBytes = header.bodyBytes + tail.length;
    progress.report('sealing', 0, sealedBytes);
    const { digest, tag } = await sealOf(
      temp,
      sealedBytes,
      { databaseKey: source.databaseKey, hkdfSalt: header.hkdfSalt },
      (done) => progress.report('sealing', done),
    );
    const seals = Buffer.concat([digest, tag!]);
    writeSync(fd, seals, 0, seals.length, sealedBytes);
    fsyncSync(fd);
    return Buffer.concat([tail, seals]);
  } finally {
    closeSync(fd);
  }
}

async function verifyWritten(
  file: string,
  key: Buffer,
  written: WrittenTail & { counts: RowCounts },
  progress: ProgressTracker,
): Promise<void> {
  let failure: string | null;
  try {
    failure = checkWrittenBackup(file, key, written, progress);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'BACKUP_DAMAGED') throw error;
    failure = 'unreadable';
  }
  if (failure) throw new AppError('BACKUP_VERIFY_FAILED');
}

/**
 * Writes a backup into `targetDir`: snapshot under a hidden `.partial` name, header and seal,
 * fsync, rename, fsync the folder; then reads it all back. A file that does not verify is
 * removed (it is our own, just written) and the reason is reported.
 */
export async function writeBackup(
  source: BackupSource,
  targetDir: string,
  progress: ProgressTracker,
  requestedName?: string,
): Promise<WrittenBackup> {
  assertUsableTarget(targetDir);
  const fileName = freeName(targetDir, source.now, requestedName);
  const file = path.join(targetDir, fileName);
  const temp = path.join(targetDir, partialName(fileName));
  let written: string | null = null;
  try {
    removeStalePartials(targetDir);
    const counts = source.store.countRows();
    progress.begin('backup', statSync(source.databaseFile).size);
    progress.report('snapshot', 0, undefined, temp);
    written = temp;
    source.store.snapshotInto(temp);
    const hkdfSalt = newHkdfSalt();
    const header: BackupHeader = {
      format: 'circlekeeper-backup',
      appVersion: APP_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
      createdAt: source.now.toISOString(),
      deviceLabel: hostname().slice(0, 200),
      counts,
      bodyBytes: statSync(temp).size,
      hkdfSalt,
      unlockSlots: unlockSlotsOf(source),
      sealedKeySlots: sealKeySlots(source.keySlots, source.databaseKey, hkdfSalt),
    };
    const tail = await seal(temp, header, source, progress);
    const sizeBytes = header.bodyBytes + tail.length;
    renameSync(temp, file);
    written = file;
    syncDirectory(targetDir);
    await verifyWritten(
      file,
      source.databaseKey,
      { counts, tailStart: header.bodyBytes, tail },
      progress,
    );
    progress.report('done', sizeBytes, sizeBytes);
    return { file, fileName, createdAt: header.createdAt, counts, sizeBytes };
  } catch (error) {
    progress.report('failed', 0);
    if (written) rmSync(written, { force: true });
    throw targetError(error, targetDir);
  }
}
