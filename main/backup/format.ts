// The .ckbackup file, described for people in docs/BACKUP-FORMAT.md:
//   [body: SQLCipher 4 database][header: JSON][trailer: 80 bytes]
// The body comes first so that SQLCipher opens the whole file as it is, with the raw key;
// SQLite reads only the pages its own header counts and ignores what follows them.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_EXTENSION } from '../../shared/domain/backup';
import { AppError } from '../app-error';
import { parseKeySlotFile, type KeySlotFile } from '../vault/keyslots';

export const BACKUP_MAGIC = Buffer.from('CKBACKUP', 'latin1');
export const BACKUP_FORMAT_VERSION = 1;
export const DIGEST_BYTES = 32;
/** headerLength (u32 BE), formatVersion (u32 BE), magic, SHA-256 digest, HMAC-SHA256 tag. */
export const TRAILER_BYTES = 4 + 4 + BACKUP_MAGIC.length + DIGEST_BYTES + DIGEST_BYTES;
/** The digest and the tag cover every byte before them. */
export const SEAL_BYTES = DIGEST_BYTES * 2;
/** A header holds key slots and counts: a few KB. More means the length field is damaged. */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const headerSchema = z.object({
  format: z.literal('circlekeeper-backup'),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  deviceLabel: z.string().max(200),
  counts: z.record(z.string(), z.number().int().min(0)),
  bodyBytes: z.number().int().positive(),
  /** Salt for the HKDF that derives the tag's and the sealed slots' keys from the database key. */
  hkdfSalt: base64,
  /** Admin password slots and the recovery slot: the secrets that may open this backup. */
  unlockSlots: z.unknown().transform((value, ctx) => {
    const file = parseKeySlotFile(value);
    if (!file) ctx.addIssue({ code: 'custom', message: 'key slots' });
    return file as KeySlotFile;
  }),
  /** The whole key-slot file, every account's slot, encrypted (AES-256-GCM) under the key. */
  sealedKeySlots: z.object({ iv: base64, tag: base64, ciphertext: base64 }),
});

export type BackupHeader = z.infer<typeof headerSchema>;

export interface BackupEnvelope {
  header: BackupHeader;
  sizeBytes: number;
  /** Bytes covered by the digest and the tag: everything before them. */
  sealedBytes: number;
  digest: Buffer;
  tag: Buffer;
}

export function encodeTrailerStart(headerLength: number): Buffer {
  const start = Buffer.alloc(8 + BACKUP_MAGIC.length);
  start.writeUInt32BE(headerLength, 0);
  start.writeUInt32BE(BACKUP_FORMAT_VERSION, 4);
  BACKUP_MAGIC.copy(start, 8);
  return start;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/**
 * A file without our trailer is "not a backup", unless it is named like one: then it is a
 * backup cut short (a drive pulled out mid-copy), which the user should hear as "damaged".
 */
function missingTrailer(file: string): AppError {
  return path.basename(file).endsWith(BACKUP_EXTENSION)
    ? new AppError('BACKUP_DAMAGED')
    : new AppError('BACKUP_NOT_A_BACKUP');
}

/** Reads the trailer and header, without any key; nothing here is trusted until the tag is. */
export function readBackupEnvelope(file: string): BackupEnvelope {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      throw new AppError('NOT_FOUND', 'errors.backupFileMissing');
    }
    if ((error as { code?: unknown }).code === 'EISDIR') throw new AppError('BACKUP_NOT_A_BACKUP');
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new AppError('BACKUP_NOT_A_BACKUP');
    const sizeBytes = stats.size;
    if (sizeBytes < TRAILER_BYTES) throw missingTrailer(file);
    const trailer = readAt(fd, sizeBytes - TRAILER_BYTES, TRAILER_BYTES);
    if (!trailer.subarray(8, 8 + BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
      throw missingTrailer(file);
    }
    if (trailer.readUInt32BE(4) > BACKUP_FORMAT_VERSION) throw new AppError('BACKUP_TOO_NEW');
    const headerLength = trailer.readUInt32BE(0);
    const headerStart = sizeBytes - TRAILER_BYTES - headerLength;
    if (headerLength > MAX_HEADER_BYTES || headerStart <= 0) throw new AppError('BACKUP_DAMAGED');
    let header: BackupHeader;
    try {
      const parsed = headerSchema.safeParse(
        JSON.parse(readAt(fd, headerStart, headerLength).toString('utf8')),
      );
      if (!parsed.success) throw new AppError('BACKUP_DAMAGED');
      header = parsed.data;
    } catch {
      throw new AppError('BACKUP_DAMAGED');
    }
    if (header.bodyBytes !== headerStart) throw new AppError('BACKUP_DAMAGED');
    const sealStart = TRAILER_BYTES - SEAL_BYTES;
    return {
      header,
      sizeBytes,
      sealedBytes: sizeBytes - SEAL_BYTES,
      digest: trailer.subarray(sealStart, sealStart + DIGEST_BYTES),
      tag: trailer.subarray(sealStart + DIGEST_BYTES),
    };
  } finally {
    closeSync(fd);
  }
}
