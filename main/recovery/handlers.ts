import { AppError } from '../app-error';
import type { Handlers } from '../core/handler-types';
import { currentRecoverySlotId } from '../vault/recovery-slot';
import { writeKeySlotFile } from '../vault/keyslots';
import { vaultPaths } from '../vault/vault';

type RecoveryKeyMethods = 'getRecoveryKeyStatus' | 'replaceRecoveryKey' | 'confirmRecoveryKey';

const AUDITED = { entity: 'recoveryKey' } as const;

export const recoveryKeyHandlers: Handlers<RecoveryKeyMethods> = {
  getRecoveryKeyStatus: async (_input, { store, vault }) => {
    const current = currentRecoverySlotId(vaultPaths(vault.dataDir).keySlots);
    return {
      isConfirmed: current !== null && current === (await store.recoveryKey.confirmedSlotId()),
    };
  },
  replaceRecoveryKey: async ({ currentPassword }, { vault, write }) => {
    const { recoveryKey, slots } = await vault.prepareRecoveryKey(currentPassword);
    // The key-slot file is written last inside the transaction: if writing it fails, the audit
    // row rolls back and the old recovery key still works. The audit row never holds the key.
    await write({ action: 'replaceRecoveryKey', ...AUDITED }, async () =>
      writeKeySlotFile(vaultPaths(vault.dataDir).keySlots, slots),
    );
    return { recoveryKey };
  },
  confirmRecoveryKey: async ({ recoveryKey }, { vault, write }) => {
    if (!(await vault.isCurrentRecoveryKey(recoveryKey))) {
      throw AppError.invalidField('recoveryKey', 'errors.wrongRecoveryKey');
    }
    const slotId = currentRecoverySlotId(vaultPaths(vault.dataDir).keySlots);
    if (slotId) {
      await write({ action: 'confirmRecoveryKey', ...AUDITED }, (repos) =>
        repos.recoveryKey.markConfirmed(slotId),
      );
    }
    return null;
  },
};
