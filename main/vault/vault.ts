import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { KEY_BYTES } from '../store/database';
import { unwrapKey, wrapKey, type ScryptParams, DEFAULT_SCRYPT } from './key-wrap';
import {
  keySlotFileExists,
  newKeySlotFile,
  newSlotId,
  readKeySlotFile,
  slotContext,
  withSlot,
  writeKeySlotFile,
  type KeySlotFile,
} from './keyslots';
import { generateRecoveryKey, normalizeRecoveryKey } from './recovery-key';
import { newRecoverySlot } from './recovery-slot';

export const DATABASE_FILE = 'circlekeeper.db';
export const KEYSLOTS_FILE = 'keyslots.json';

export function vaultPaths(dataDir: string) {
  return {
    database: path.join(dataDir, DATABASE_FILE),
    keySlots: path.join(dataDir, KEYSLOTS_FILE),
  };
}

/** Set up means the key-slot file was written: it is the last step of setup. */
export function isVaultSetUp(dataDir: string): boolean {
  const paths = vaultPaths(dataDir);
  return keySlotFileExists(paths.keySlots) && existsSync(paths.database);
}

export interface NewVault {
  key: Buffer;
  recoveryKey: string;
  slots: KeySlotFile;
}

async function passwordSlot(
  file: KeySlotFile,
  key: Buffer,
  username: string,
  password: string,
  params: ScryptParams,
) {
  const slot = { id: newSlotId(), kind: 'password' as const, username };
  return { ...slot, ...(await wrapKey(key, password, slotContext(file, slot), params)) };
}

/** Makes a new random database key wrapped for the first admin and for a new recovery key. */
export async function prepareVault(
  username: string,
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<NewVault> {
  const key = randomBytes(KEY_BYTES);
  const recoveryKey = generateRecoveryKey();
  let slots = newKeySlotFile();
  slots = withSlot(slots, await passwordSlot(slots, key, username, password, params));
  slots = withSlot(slots, await newRecoverySlot(slots, key, recoveryKey, params));
  return { key, recoveryKey, slots };
}

export function commitKeySlots(dataDir: string, slots: KeySlotFile): void {
  writeKeySlotFile(vaultPaths(dataDir).keySlots, slots);
}

export async function unlockWithPassword(
  dataDir: string,
  username: string,
  password: string,
): Promise<Buffer | null> {
  const file = readKeySlotFile(vaultPaths(dataDir).keySlots);
  const slot = file.slots.find((s) => s.kind === 'password' && s.username === username);
  // Spend the same scrypt time for an unknown user, so timing does not reveal usernames.
  const target = slot ?? file.slots.find((s) => s.kind === 'recovery');
  if (!target) return null;
  const key = await unwrapKey(target, password, slotContext(file, target));
  return slot ? key : null;
}

export async function unlockWithRecoveryKey(
  dataDir: string,
  typed: string,
): Promise<Buffer | null> {
  const recoveryKey = normalizeRecoveryKey(typed);
  if (!recoveryKey) return null;
  const file = readKeySlotFile(vaultPaths(dataDir).keySlots);
  const slot = file.slots.find((s) => s.kind === 'recovery');
  if (!slot) return null;
  return unwrapKey(slot, recoveryKey, slotContext(file, slot));
}

/** Wraps the key for `username` anew; nothing in the database is re-encrypted. */
export async function setPassword(
  dataDir: string,
  key: Buffer,
  username: string,
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<void> {
  const paths = vaultPaths(dataDir);
  const file = readKeySlotFile(paths.keySlots);
  writeKeySlotFile(
    paths.keySlots,
    withSlot(file, await passwordSlot(file, key, username, password, params)),
  );
}
