import { randomBytes } from 'node:crypto';
import { unwrapKey, wrapKey, type WrappedKey } from '../../../main/vault/key-wrap';
import { TEST_SCRYPT } from '../../support/temp-core';

const CONTEXT = 'circlekeeper-keyslot:v1:db-1:slot-1:password:admin';
const PASSWORD = 'river-stone-42';

/** Flips one bit of a base64 field, as a damaged or tampered file would. */
function flipBit(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('base64');
}

describe('wrapping the database key', () => {
  const key = randomBytes(32);
  let wrapped: WrappedKey;

  beforeAll(async () => {
    wrapped = await wrapKey(key, PASSWORD, CONTEXT, TEST_SCRYPT);
  });

  it('gives the key back with the same secret and context', async () => {
    expect((await unwrapKey(wrapped, PASSWORD, CONTEXT))?.equals(key)).toBe(true);
  });

  it('stores the scrypt parameters with the slot and never the key itself', () => {
    expect(wrapped.kdf).toMatchObject({ algorithm: 'scrypt', ...TEST_SCRYPT });
    expect(wrapped.cipher.algorithm).toBe('aes-256-gcm');
    expect(JSON.stringify(wrapped)).not.toContain(key.toString('base64'));
    expect(JSON.stringify(wrapped)).not.toContain(key.toString('hex'));
  });

  it('uses a fresh salt and IV every time', async () => {
    const again = await wrapKey(key, PASSWORD, CONTEXT, TEST_SCRYPT);
    expect(again.kdf.salt).not.toBe(wrapped.kdf.salt);
    expect(again.cipher.iv).not.toBe(wrapped.cipher.iv);
    expect(again.cipher.ciphertext).not.toBe(wrapped.cipher.ciphertext);
  });

  it('returns null for a wrong password', async () => {
    expect(await unwrapKey(wrapped, 'river-stone-43', CONTEXT)).toBeNull();
    expect(await unwrapKey(wrapped, '', CONTEXT)).toBeNull();
  });

  it.each([
    ['another database', CONTEXT.replace('db-1', 'db-2')],
    ['another slot id', CONTEXT.replace('slot-1', 'slot-2')],
    ['another username', CONTEXT.replace(':admin', ':mallory')],
    ['another kind of slot', CONTEXT.replace(':password:', ':recovery:')],
  ])('returns null for a slot moved to %s', async (_where, movedContext) => {
    expect(await unwrapKey(wrapped, PASSWORD, movedContext)).toBeNull();
  });

  it.each([
    [
      'ciphertext',
      (w: WrappedKey): WrappedKey => ({
        ...w,
        cipher: { ...w.cipher, ciphertext: flipBit(w.cipher.ciphertext) },
      }),
    ],
    [
      'tag',
      (w: WrappedKey): WrappedKey => ({
        ...w,
        cipher: { ...w.cipher, tag: flipBit(w.cipher.tag) },
      }),
    ],
    [
      'IV',
      (w: WrappedKey): WrappedKey => ({ ...w, cipher: { ...w.cipher, iv: flipBit(w.cipher.iv) } }),
    ],
    [
      'salt',
      (w: WrappedKey): WrappedKey => ({ ...w, kdf: { ...w.kdf, salt: flipBit(w.kdf.salt) } }),
    ],
  ])('returns null when the %s was tampered with', async (_part, tamper) => {
    expect(await unwrapKey(tamper(wrapped), PASSWORD, CONTEXT)).toBeNull();
  });

  // GCM accepts a tag cut short unless the decipher is told the full length (Node DEP0182).
  it('refuses a tag cut down to 8 bytes, even though it is a prefix of the real one', async () => {
    const shortTag = Buffer.from(wrapped.cipher.tag, 'base64').subarray(0, 8).toString('base64');
    const truncated = { ...wrapped, cipher: { ...wrapped.cipher, tag: shortTag } };
    expect(await unwrapKey(truncated, PASSWORD, CONTEXT)).toBeNull();
  });

  it('accepts the same password typed in another Unicode normal form', async () => {
    const composed = 'café-mañana-2026'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const slot = await wrapKey(key, composed, CONTEXT, TEST_SCRYPT);
    expect((await unwrapKey(slot, decomposed, CONTEXT))?.equals(key)).toBe(true);
  });
});
