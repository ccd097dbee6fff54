import { readFileSync } from 'node:fs';
import { UsersRepository } from '../../../main/store/users-repository';
import { unwrapKey } from '../../../main/vault/key-wrap';
import { readKeySlotFile, slotContext } from '../../../main/vault/keyslots';
import { unlockWithPassword, unlockWithRecoveryKey, vaultPaths } from '../../../main/vault/vault';
import { databaseKeyOf } from '../../support/raw-database';
import { SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { ADMIN, createSetUpCore } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const CORA = {
  username: 'cora',
  displayName: 'Cora Coordinator',
  role: 'coordinator' as const,
  password: SAMPLE_PASSWORD,
};
const NEW_PASSWORD = 'quiet-harbour-77';
const ADMIN_LOGIN = { username: ADMIN.username, password: ADMIN.password };

const passwordSlotOwners = (dataDir: string) =>
  readKeySlotFile(vaultPaths(dataDir).keySlots).slots.flatMap((slot) =>
    slot.kind === 'password' ? [slot.username] : [],
  );

/** Tries `password` on every slot of the file, as someone holding a copy of it could. */
async function opensAnySlot(dataDir: string, password: string): Promise<boolean> {
  const file = readKeySlotFile(vaultPaths(dataDir).keySlots);
  for (const slot of file.slots) {
    if (await unwrapKey(slot, password, slotContext(file, slot))) return true;
  }
  return false;
}

describe('key slots of user accounts', () => {
  let test: SetUpCore;
  let coraId: number;
  let key: Buffer;

  beforeEach(async () => {
    test = await createSetUpCore();
    coraId = (await test.call('createUser', CORA)).id;
    key = await databaseKeyOf(test.dataDir, ADMIN.username, ADMIN.password);
  });

  afterEach(() => test.cleanUp());

  describe('a password reset', () => {
    it('stops the old password at once, lets the new one in, and keeps the recovery key', async () => {
      const paths = vaultPaths(test.dataDir);
      const salt = readFileSync(paths.database).subarray(0, 16);
      const othersBefore = readKeySlotFile(paths.keySlots).slots.filter(
        (s) => s.kind !== 'password' || s.username !== 'cora',
      );

      await test.call('resetUserPassword', { id: coraId, newPassword: NEW_PASSWORD });

      expect(await unlockWithPassword(test.dataDir, 'cora', CORA.password)).toBeNull();
      expect(await opensAnySlot(test.dataDir, CORA.password)).toBe(false);
      expect(
        await test.refuse('logIn', { username: 'cora', password: CORA.password }),
      ).toMatchObject({ code: 'WRONG_CREDENTIALS' });
      expect(await test.call('logIn', { username: 'cora', password: NEW_PASSWORD })).toMatchObject({
        username: 'cora',
      });
      expect((await unlockWithRecoveryKey(test.dataDir, test.recoveryKey))?.equals(key)).toBe(true);
      // Only Cora's slot was wrapped again: same key, same database, the other slots untouched.
      expect((await unlockWithPassword(test.dataDir, 'cora', NEW_PASSWORD))?.equals(key)).toBe(
        true,
      );
      expect(readFileSync(paths.database).subarray(0, 16).equals(salt)).toBe(true);
      expect(
        readKeySlotFile(paths.keySlots).slots.filter(
          (s) => s.kind !== 'password' || s.username !== 'cora',
        ),
      ).toEqual(othersBefore);
    });
  });

  describe('disabling an account', () => {
    it('removes its slot, so the old password opens nothing even from the file', async () => {
      await test.call('disableUser', { id: coraId });

      expect(passwordSlotOwners(test.dataDir)).toEqual(['admin']);
      expect(readFileSync(vaultPaths(test.dataDir).keySlots, 'utf8')).not.toContain(
        '"username": "cora"',
      );
      expect(await unlockWithPassword(test.dataDir, 'cora', CORA.password)).toBeNull();
      expect(await opensAnySlot(test.dataDir, CORA.password)).toBe(false);
      expect((await unlockWithRecoveryKey(test.dataDir, test.recoveryKey))?.equals(key)).toBe(true);
    });

    it('refuses its sign-in with a message that says the account is disabled', async () => {
      await test.call('disableUser', { id: coraId });
      await test.call('lock', {});
      expect(await test.refuse('logIn', { username: 'cora', password: CORA.password })).toEqual({
        code: 'ACCOUNT_DISABLED',
        messageKey: 'errors.ACCOUNT_DISABLED',
      });
      expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false });
    });

    it('lets it back in with the new password given when it is enabled, not the old one', async () => {
      await test.call('disableUser', { id: coraId });
      await test.call('enableUser', { id: coraId, password: NEW_PASSWORD });
      expect(passwordSlotOwners(test.dataDir).sort()).toEqual(['admin', 'cora']);
      await test.call('lock', {});
      expect(
        await test.refuse('logIn', { username: 'cora', password: CORA.password }),
      ).toMatchObject({ code: 'WRONG_CREDENTIALS' });
      expect(await test.call('logIn', { username: 'cora', password: NEW_PASSWORD })).toMatchObject({
        username: 'cora',
      });
    });

    it('finishes an interrupted removal when asked again', async () => {
      await test.call('disableUser', { id: coraId });
      await test.call('enableUser', { id: coraId, password: NEW_PASSWORD });
      // As a crash after the row was written, before the slot went: the row alone says disabled.
      await test.core.vault.store.users.setDisabled(coraId, true);
      expect(passwordSlotOwners(test.dataDir)).toContain('cora');
      await test.call('disableUser', { id: coraId });
      expect(passwordSlotOwners(test.dataDir)).toEqual(['admin']);
    });
  });

  describe('after a crash between the key-slot file and the database', () => {
    /** What the next start sees: the admin signs in again on the files as they were left. */
    const signInAgain = async () => {
      await test.call('lock', {});
      await test.call('logIn', ADMIN_LOGIN);
    };

    it('removes the slot of an account disabled in the database (crash while disabling)', async () => {
      await test.core.vault.store.users.setDisabled(coraId, true);
      await signInAgain();
      expect(passwordSlotOwners(test.dataDir)).toEqual(['admin']);
      await test.call('lock', {});
      expect(
        await test.refuse('logIn', { username: 'cora', password: CORA.password }),
      ).toMatchObject({ code: 'ACCOUNT_DISABLED' });
    });

    it('removes a slot added for an account the database still has disabled (crash while enabling)', async () => {
      await test.call('disableUser', { id: coraId });
      await test.core.vault.addPasswordSlot('cora', NEW_PASSWORD);
      await signInAgain();
      expect(passwordSlotOwners(test.dataDir)).toEqual(['admin']);
      expect(await test.call('listUsers', {})).toContainEqual(
        expect.objectContaining({ username: 'cora', isDisabled: true }),
      );
    });

    it('removes a slot whose account was never written (crash while creating)', async () => {
      await test.core.vault.addPasswordSlot('ghost', NEW_PASSWORD);
      await signInAgain();
      expect(passwordSlotOwners(test.dataDir).sort()).toEqual(['admin', 'cora']);
    });
  });

  describe('when the database write fails after the key-slot file changed', () => {
    it('puts the key-slot file back as it was', async () => {
      await test.call('disableUser', { id: coraId });
      const before = readFileSync(vaultPaths(test.dataDir).keySlots);
      const failure = jest
        .spyOn(UsersRepository.prototype, 'setDisabled')
        .mockRejectedValueOnce(new Error('disk went away'));
      const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        expect(
          await test.refuse('enableUser', { id: coraId, password: NEW_PASSWORD }),
        ).toMatchObject({ code: 'INTERNAL' });
      } finally {
        failure.mockRestore();
        quiet.mockRestore();
      }
      expect(readFileSync(vaultPaths(test.dataDir).keySlots).equals(before)).toBe(true);
      expect(await unlockWithPassword(test.dataDir, 'cora', NEW_PASSWORD)).toBeNull();
    });
  });
});
