import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { VaultState } from '../../shared/domain/vault';
import { AppError } from '../app-error';
import { KEY_BYTES } from '../store/database';
import { LATEST_SCHEMA_VERSION } from '../store/migrate';
import { syncDirectory, writeFileAtomic } from './atomic-file';
import { unwrapKey, wrapKey, type ScryptParams, DEFAULT_SCRYPT } from './key-wrap';
import {
  DATABASE_SALT_BYTES,
  newKeySlotFile,
  newSlotId,
  readKeySlotFile,
  slotContext,
  withSlot,
  withoutPasswordSlots,
  writeKeySlotFile,
  type KeySlotFile,
} from './keyslots';
import { generateRecoveryKey, normalizeRecoveryKey } from './recovery-key';
import { newRecoverySlot } from './recovery-slot';
import { setAside } from './set-aside';

export const DATABASE_FILE = 'circlekeeper.db';
export const KEYSLOTS_FILE = 'keyslots.json';

/** SQLite's side files of a database in WAL mode. */
const SIDE_FILE_SUFFIXES = ['-wal', '-shm'];

export function vaultPaths(dataDir: string) {
  return {
    database: path.join(dataDir, DATABASE_FILE),
    keySlots: path.join(dataDir, KEYSLOTS_FILE),
    /** Setup builds the database under this name; a rename at the end makes it real. */
    setupDatabase: path.join(dataDir, `${DATABASE_FILE}.setup`),
  };
}

/** The salt at the start of a database file, or null when the file is too short to hold one. */
function databaseSalt(file: string): string | null {
  const salt = Buffer.alloc(DATABASE_SALT_BYTES);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, salt, 0, DATABASE_SALT_BYTES, 0);
    return read === DATABASE_SALT_BYTES ? salt.toString('base64') : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The key-slot file of the folder's database. A file whose recorded salt is not the
 * database's came from another data folder: its keys would unwrap, then fail to open the
 * database as if it were damaged. (Files written before the salt was recorded have none.)
 */
export function readVaultKeySlots(dataDir: string): KeySlotFile {
  const paths = vaultPaths(dataDir);
  const file = readKeySlotFile(paths.keySlots);
  if (
    file.databaseSalt !== undefined &&
    existsSync(paths.database) &&
    databaseSalt(paths.database) !== file.databaseSalt
  ) {
    throw new AppError('KEY_FILE_PROBLEM');
  }
  return file;
}

/**
 * The database file decides: without one the folder is new; with one, the key-slot file must
 * be there, well-formed and its own, or nobody can open the data and setup must not run over it.
 */
export function vaultState(dataDir: string): VaultState {
  if (!existsSync(vaultPaths(dataDir).database)) return 'new';
  try {
    readVaultKeySlots(dataDir);
    return 'ready';
  } catch (error) {
    if (error instanceof AppError && error.code === 'KEY_FILE_PROBLEM') return 'keyFileProblem';
    throw error;
  }
}

/**
 * Before a setup: renames with the date whatever an earlier setup that died half-way left
 * behind (its database, a key-slot file without a database, stray side files). Nothing is
 * deleted. Only for a folder in the 'new' state, which holds no database.
 */
export function setAsideSetupLeftovers(dataDir: string, at: Date): void {
  const paths = vaultPaths(dataDir);
  const leftovers = [
    paths.keySlots,
    ...SIDE_FILE_SUFFIXES.map((suffix) => paths.database + suffix),
    ...['', ...SIDE_FILE_SUFFIXES].map((suffix) => paths.setupDatabase + suffix),
  ];
  for (const file of leftovers) setAside(file, at);
}

/**
 * The last steps of setup, both renames: the key-slot file, then the database built under its
 * setup name (closed, with nothing left in its WAL). A crash between them leaves no database,
 * so the folder still reads as new and the next setup sets the pieces aside.
 */
export function commitSetup(dataDir: string, slots: KeySlotFile): void {
  const paths = vaultPaths(dataDir);
  const salt = databaseSalt(paths.setupDatabase);
  const file = { ...slots, schemaVersion: LATEST_SCHEMA_VERSION };
  writeKeySlotFile(paths.keySlots, salt ? { ...file, databaseSalt: salt } : file);
  renameSync(paths.setupDatabase, paths.database);
  syncDirectory(dataDir);
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

export async function unlockWithPassword(
  dataDir: string,
  username: string,
  password: string,
): Promise<Buffer | null> {
  const file = readVaultKeySlots(dataDir);
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
  const file = readVaultKeySlots(dataDir);
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
  const slot = await passwordSlot(readKeySlotFile(paths.keySlots), key, username, password, params);
  // Read again after the slow scrypt, so the write keeps every slot that is on disk now.
  writeKeySlotFile(paths.keySlots, withSlot(readKeySlotFile(paths.keySlots), slot));
}

/**
 * Removes the password slots of the usernames `isRemoved` picks, so those passwords no longer
 * unwrap the key even from a copy of the files; those `isDisabled` picks are listed as disabled
 * so sign-in can say why. Writes only when something changes.
 */
export function removePasswordSlots(
  dataDir: string,
  isRemoved: (username: string) => boolean,
  isDisabled: (username: string) => boolean,
): void {
  const paths = vaultPaths(dataDir);
  const file = readKeySlotFile(paths.keySlots);
  const kept = withoutPasswordSlots(file, isRemoved, isDisabled);
  if (JSON.stringify(kept) !== JSON.stringify(file)) writeKeySlotFile(paths.keySlots, kept);
}

/**
 * Whether the next unlock will update the database to this version (run migrations) before
 * anyone can use it: at a large centre that takes seconds, and the sign-in screen says why.
 * A file that records no version was last written by a version from before it was recorded.
 */
export function isSchemaUpdateDue(dataDir: string): boolean {
  try {
    return (readVaultKeySlots(dataDir).schemaVersion ?? 0) < LATEST_SCHEMA_VERSION;
  } catch (error) {
    // Changed since the state was read: the next status tells the key-file problem instead.
    if (error instanceof AppError && error.code === 'KEY_FILE_PROBLEM') return false;
    throw error;
  }
}

/** After an unlock has migrated the database: records its version (writes only on a change). */
export function recordSchemaVersion(dataDir: string): void {
  const paths = vaultPaths(dataDir);
  const file = readKeySlotFile(paths.keySlots);
  if (file.schemaVersion === LATEST_SCHEMA_VERSION) return;
  writeKeySlotFile(paths.keySlots, { ...file, schemaVersion: LATEST_SCHEMA_VERSION });
}

/** Whether an admin disabled `username` (whose slot is then gone). */
export function isDisabledUsername(dataDir: string, username: string): boolean {
  return readVaultKeySlots(dataDir).disabledUsernames?.includes(username) ?? false;
}

/**
 * Runs `work`, which changes the key-slot file and then the database; when `work` fails, the
 * key-slot file is put back as it was, so a refused or failed change leaves both as they were.
 */
export async function restoringKeySlotsOnFailure<T>(
  dataDir: string,
  work: () => Promise<T>,
): Promise<T> {
  const file = vaultPaths(dataDir).keySlots;
  const before = readFileSync(file);
  try {
    return await work();
  } catch (error) {
    try {
      writeFileAtomic(file, before);
    } catch {
      // The disk refuses even this: a slot added for an account that is not active is removed
      // at the next sign-in (main/core/key-slot-upkeep.ts), so the reason for the failure wins.
    }
    throw error;
  }
}
