import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { open } from 'node:fs/promises';
import type { BackupSecret } from '../../shared/domain/backup';
import { unwrapKey } from '../vault/key-wrap';
import { parseKeySlotFile, slotContext, type KeySlotFile } from '../vault/keyslots';
import { normalizeRecoveryKey } from '../vault/recovery-key';

const HKDF_INFO = {
  tag: 'circlekeeper-backup-v1 tag',
  keySlots: 'circlekeeper-backup-v1 key slots',
} as const;
const CHUNK_BYTES = 1024 * 1024;

export function newHkdfSalt(): string {
  return randomBytes(16).toString('base64');
}

/** A key for one purpose, derived from the database key (HKDF-SHA256, RFC 5869). */
function derivedKey(databaseKey: Buffer, hkdfSalt: string, purpose: keyof typeof HKDF_INFO) {
  return Buffer.from(
    hkdfSync('sha256', databaseKey, Buffer.from(hkdfSalt, 'base64'), HKDF_INFO[purpose], 32),
  );
}

export interface FileSeal {
  digest: Buffer;
  tag: Buffer | null;
}

/**
 * One pass over the first `length` bytes: the SHA-256 digest (finds accidental damage without
 * a key) and, given the database key, the HMAC-SHA256 tag (finds any change at all).
 */
export async function sealOf(
  file: string,
  length: number,
  key: { databaseKey: Buffer; hkdfSalt: string } | null,
  onBytes: (done: number) => void = () => {},
): Promise<FileSeal> {
  const digest = createHash('sha256');
  const hmacKey = key ? derivedKey(key.databaseKey, key.hkdfSalt, 'tag') : null;
  const hmac = hmacKey ? createHmac('sha256', hmacKey) : null;
  hmacKey?.fill(0);
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(CHUNK_BYTES, length - done),
        done,
      );
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      digest.update(chunk);
      hmac?.update(chunk);
      done += bytesRead;
      onBytes(done);
    }
    if (done !== length) throw Object.assign(new Error('file shorter than expected'), { done });
  } finally {
    await handle.close();
  }
  return { digest: digest.digest(), tag: hmac?.digest() ?? null };
}

export function sealsMatch(expected: Buffer, actual: Buffer): boolean {
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The key-slot file, every account's slot, encrypted so only the key's holders read it. */
export function sealKeySlots(file: KeySlotFile, databaseKey: Buffer, hkdfSalt: string) {
  const key = derivedKey(databaseKey, hkdfSalt, 'keySlots');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  key.fill(0);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(file), 'utf8'), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function openSealedKeySlots(
  sealed: { iv: string; tag: string; ciphertext: string },
  databaseKey: Buffer,
  hkdfSalt: string,
): KeySlotFile | null {
  const key = derivedKey(databaseKey, hkdfSalt, 'keySlots');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const text = Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
    return parseKeySlotFile(JSON.parse(text));
  } catch {
    return null;
  } finally {
    key.fill(0);
  }
}

/** The database key from a key-slot file and a secret, or null when the secret does not fit. */
export async function unlockKeySlots(
  slots: KeySlotFile,
  secret: BackupSecret,
): Promise<Buffer | null> {
  if (secret.kind === 'password') {
    const slot = slots.slots.find((s) => s.kind === 'password' && s.username === secret.username);
    return slot ? unwrapKey(slot, secret.password, slotContext(slots, slot)) : null;
  }
  const recoveryKey = normalizeRecoveryKey(secret.recoveryKey);
  const slot = slots.slots.find((s) => s.kind === 'recovery');
  if (!recoveryKey || !slot) return null;
  return unwrapKey(slot, recoveryKey, slotContext(slots, slot));
}
