import {
  createCipheriv,
  createDecipheriv,
  randomBytes,
  scrypt as scryptCallback,
} from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  secret: string | Buffer,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/**
 * scrypt cost: N=2^16, r=8, p=1 uses 64 MiB and ~0.3 s on a 2-core PC, which keeps unlock
 * under 1 s on old hardware while making offline guessing expensive. Parameters are stored
 * with every slot, so they can be raised later without breaking existing slots.
 */
export const DEFAULT_SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;

/** A full-length GCM tag: a shortened one would be easier to forge. */
export const GCM_TAG_BYTES = 16;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export interface WrappedKey {
  kdf: { algorithm: 'scrypt'; salt: string } & ScryptParams;
  cipher: { algorithm: 'aes-256-gcm'; iv: string; tag: string; ciphertext: string };
}

async function deriveKey(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * 2;
  // NFKC so that the same password typed on another keyboard layout derives the same key.
  return scrypt(secret.normalize('NFKC'), salt, 32, { ...params, maxmem });
}

/** Encrypts `key` under a secret; `context` is authenticated so a slot cannot be moved. */
export async function wrapKey(
  key: Buffer,
  secret: string,
  context: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKey(secret, salt, params);
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
    return {
      kdf: {
        algorithm: 'scrypt',
        salt: salt.toString('base64'),
        N: params.N,
        r: params.r,
        p: params.p,
      },
      cipher: {
        algorithm: 'aes-256-gcm',
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      },
    };
  } finally {
    kek.fill(0);
  }
}

/** Returns the key, or null when the secret (or the context) is wrong. */
export async function unwrapKey(
  wrapped: WrappedKey,
  secret: string,
  context: string,
): Promise<Buffer | null> {
  const { N, r, p } = wrapped.kdf;
  let kek: Buffer | null = null;
  try {
    kek = await deriveKey(secret, Buffer.from(wrapped.kdf.salt, 'base64'), { N, r, p });
    const decipher = createDecipheriv(
      'aes-256-gcm',
      kek,
      Buffer.from(wrapped.cipher.iv, 'base64'),
      {
        authTagLength: GCM_TAG_BYTES,
      },
    );
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.cipher.tag, 'base64'));
    const parts = [decipher.update(Buffer.from(wrapped.cipher.ciphertext, 'base64'))];
    parts.push(decipher.final());
    const key = Buffer.concat(parts);
    // Only the returned copy may hold the key; its holder zeroes it.
    for (const part of parts) part.fill(0);
    return key;
  } catch {
    return null;
  } finally {
    kek?.fill(0);
  }
}
