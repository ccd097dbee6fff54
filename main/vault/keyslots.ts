import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../app-error';
import { writeFileAtomic } from './atomic-file';
import { GCM_TAG_BYTES, type WrappedKey } from './key-wrap';

/**
 * The key-slot file sits beside the database. Each slot is the database key wrapped by one
 * secret: a user's password or the recovery key. It holds no personal data beyond usernames.
 */
export const KEYSLOTS_FORMAT = 'circlekeeper-keyslots';
/** SQLCipher 4 keeps a random salt of this size at the start of the database file. */
export const DATABASE_SALT_BYTES = 16;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const isPowerOfTwo = (n: number) => n > 1 && (n & (n - 1)) === 0;
/** Caps scrypt memory (128 · N · r bytes) at 256 MiB, so a tampered file cannot exhaust RAM. */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

const wrappedKeySchema = z.object({
  kdf: z
    .object({
      algorithm: z.literal('scrypt'),
      salt: base64,
      N: z
        .number()
        .int()
        .min(2 ** 10)
        .max(2 ** 20)
        .refine(isPowerOfTwo),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
    })
    .refine((kdf) => 128 * kdf.N * kdf.r <= MAX_SCRYPT_MEMORY),
  cipher: z.object({
    algorithm: z.literal('aes-256-gcm'),
    iv: base64,
    tag: base64.refine((tag) => Buffer.from(tag, 'base64').length === GCM_TAG_BYTES),
    ciphertext: base64,
  }),
});

const slotSchema = z.discriminatedUnion('kind', [
  wrappedKeySchema.extend({ id: z.uuid(), kind: z.literal('password'), username: z.string() }),
  wrappedKeySchema.extend({ id: z.uuid(), kind: z.literal('recovery') }),
]);

const fileSchema = z.object({
  format: z.literal(KEYSLOTS_FORMAT),
  version: z.literal(1),
  databaseId: z.uuid(),
  /**
   * The first 16 bytes of the database file (SQLCipher's random salt, stored in the clear),
   * so a key file from another data folder is told apart from a damaged database.
   */
  databaseSalt: base64
    .refine((salt) => Buffer.from(salt, 'base64').length === DATABASE_SALT_BYTES)
    .optional(),
  slots: z.array(slotSchema),
  /**
   * Accounts disabled by an admin: their slots are gone, and this list lets sign-in say so
   * instead of "wrong password". It names no one the slots did not name already.
   */
  disabledUsernames: z.array(z.string()).optional(),
  /**
   * The schema version the database was last opened at (migrations applied), in the clear, so
   * the sign-in screen can say before the key opens anything that the next unlock updates the
   * data first. Absent in files written before it was recorded. It tells only the app version.
   */
  schemaVersion: z.number().int().min(0).optional(),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type KeySlotFile = z.infer<typeof fileSchema>;

/** Binds a slot to its database and its owner, so a slot copied elsewhere will not verify. */
export function slotContext(
  file: KeySlotFile,
  slot: Pick<KeySlot, 'id' | 'kind'> & { username?: string },
): string {
  return [
    'circlekeeper-keyslot',
    'v1',
    file.databaseId,
    slot.id,
    slot.kind,
    slot.username ?? '',
  ].join(':');
}

export function newKeySlotFile(): KeySlotFile {
  return { format: KEYSLOTS_FORMAT, version: 1, databaseId: randomUUID(), slots: [] };
}

export function newSlotId(): string {
  return randomUUID();
}

/** Checks a key-slot file's content (from disk or a backup's header); null when malformed. */
export function parseKeySlotFile(value: unknown): KeySlotFile | null {
  const result = fileSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Reads and checks the key-slot file; missing, unreadable or malformed is KEY_FILE_PROBLEM. */
export function readKeySlotFile(file: string): KeySlotFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('KEY_FILE_PROBLEM');
  }
  const content = parseKeySlotFile(parsed);
  if (!content) throw new AppError('KEY_FILE_PROBLEM');
  return content;
}

export function writeKeySlotFile(file: string, content: KeySlotFile): void {
  writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`);
}

export function withSlot(file: KeySlotFile, slot: KeySlot): KeySlotFile {
  const others = file.slots.filter((existing) =>
    slot.kind === 'recovery'
      ? existing.kind !== 'recovery'
      : !(existing.kind === 'password' && existing.username === slot.username),
  );
  // A password for a disabled account is its re-enabling.
  const disabledUsernames = file.disabledUsernames?.filter(
    (name) => slot.kind !== 'password' || name !== slot.username,
  );
  return { ...file, slots: [...others, slot], ...(disabledUsernames ? { disabledUsernames } : {}) };
}

/**
 * The file without the password slots of the usernames `isRemoved` picks; those `isDisabled`
 * picks are listed as disabled.
 */
export function withoutPasswordSlots(
  file: KeySlotFile,
  isRemoved: (username: string) => boolean,
  isDisabled: (username: string) => boolean,
): KeySlotFile {
  const removed = file.slots.flatMap((slot) =>
    slot.kind === 'password' && isRemoved(slot.username) ? [slot.username] : [],
  );
  const disabled = new Set([...(file.disabledUsernames ?? []), ...removed.filter(isDisabled)]);
  return {
    ...file,
    slots: file.slots.filter((slot) => slot.kind !== 'password' || !isRemoved(slot.username)),
    ...(disabled.size > 0 ? { disabledUsernames: [...disabled].sort() } : {}),
  };
}

export type { WrappedKey };
