import { wrapKey, type ScryptParams } from './key-wrap';
import {
  newSlotId,
  readKeySlotFile,
  slotContext,
  withSlot,
  type KeySlot,
  type KeySlotFile,
} from './keyslots';
import { generateRecoveryKey } from './recovery-key';

/** The database key wrapped under `recoveryKey`, as the one recovery slot of `file`. */
export async function newRecoverySlot(
  file: KeySlotFile,
  key: Buffer,
  recoveryKey: string,
  params: ScryptParams,
): Promise<KeySlot> {
  const slot = { id: newSlotId(), kind: 'recovery' as const };
  return { ...slot, ...(await wrapKey(key, recoveryKey, slotContext(file, slot), params)) };
}

export interface NewRecoveryKey {
  recoveryKey: string;
  /** The key-slot file with the old recovery slot replaced: nothing is written yet. */
  slots: KeySlotFile;
}

/** Reads the key-slot file afresh and prepares it with a new recovery key in place of the old. */
export async function prepareNewRecoveryKey(
  keySlotsPath: string,
  key: Buffer,
  params: ScryptParams,
): Promise<NewRecoveryKey> {
  const file = readKeySlotFile(keySlotsPath);
  const recoveryKey = generateRecoveryKey();
  const slots = withSlot(file, await newRecoverySlot(file, key, recoveryKey, params));
  return { recoveryKey, slots };
}

/**
 * Which recovery key is current. Each new key gets a new slot id, so a confirmation recorded
 * for one id says nothing about the next key.
 */
export function currentRecoverySlotId(keySlotsPath: string): string | null {
  return readKeySlotFile(keySlotsPath).slots.find((slot) => slot.kind === 'recovery')?.id ?? null;
}
