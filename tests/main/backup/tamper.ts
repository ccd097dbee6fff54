import { readFileSync, writeFileSync } from 'node:fs';
import { readBackupEnvelope, SEAL_BYTES, TRAILER_BYTES } from '../../../main/backup/format';
import { sealOf } from '../../../main/backup/seal';

/** Byte offsets of a backup's parts, read from its trailer. */
export function layoutOf(file: string) {
  const { header, sizeBytes } = readBackupEnvelope(file);
  return {
    sizeBytes,
    bodyBytes: header.bodyBytes,
    headerStart: header.bodyBytes,
    trailerStart: sizeBytes - TRAILER_BYTES,
  };
}

export function flipByte(file: string, offset: number): void {
  const bytes = readFileSync(file);
  bytes[offset] = bytes[offset]! ^ 0x01;
  writeFileSync(file, bytes);
}

/**
 * Rewrites the header and seals the file again with the real key: a backup as a newer app (or
 * an attacker holding the key) would make it, so only the checks after the tag can refuse it.
 */
export async function rewriteHeader(
  file: string,
  key: Buffer,
  change: (header: Record<string, unknown>) => void,
): Promise<void> {
  const { header } = readBackupEnvelope(file);
  const bytes = readFileSync(file);
  const body = bytes.subarray(0, header.bodyBytes);
  const trailerStart = bytes.subarray(bytes.length - TRAILER_BYTES, bytes.length - SEAL_BYTES);
  const changed = { ...header } as Record<string, unknown>;
  change(changed);
  const headerBytes = Buffer.from(JSON.stringify(changed), 'utf8');
  trailerStart.writeUInt32BE(headerBytes.length, 0);
  writeFileSync(file, Buffer.concat([body, headerBytes, trailerStart, Buffer.alloc(SEAL_BYTES)]));
  const sealed = readFileSync(file).length - SEAL_BYTES;
  const { digest, tag } = await sealOf(file, sealed, {
    databaseKey: key,
    hkdfSalt: header.hkdfSalt,
  });
  const final = readFileSync(file);
  Buffer.concat([digest, tag!]).copy(final, sealed);
  writeFileSync(file, final);
}
