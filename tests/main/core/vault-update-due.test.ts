import { readFileSync, writeFileSync } from 'node:fs';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrate';
import { vaultPaths } from '../../../main/vault/vault';
import { ADMIN, createSetUpCore } from '../../support/temp-core';
import { ADMIN_SECRET, backUp, centreWithData } from '../backup/support';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const keySlotsOf = (test: SetUpCore) =>
  JSON.parse(readFileSync(vaultPaths(test.dataDir).keySlots, 'utf8')) as Record<string, unknown>;

/** The key-slot file as a version from before this one wrote it (or left it). */
function asWrittenBefore(test: SetUpCore, schemaVersion: number | undefined): void {
  const { schemaVersion: _recorded, ...older } = keySlotsOf(test);
  const file = schemaVersion === undefined ? older : { ...older, schemaVersion };
  writeFileSync(vaultPaths(test.dataDir).keySlots, JSON.stringify(file));
}

describe('the sign-in screen knows when the next unlock updates the data first', () => {
  let test: SetUpCore;

  afterEach(() => test.cleanUp());

  it('has nothing to update for a centre set up by this version', async () => {
    test = await createSetUpCore();
    expect(keySlotsOf(test).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await test.call('lock', {});
    expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isUpdateDue');
  });

  it.each([
    ['recorded no version', undefined],
    ['recorded an older one', LATEST_SCHEMA_VERSION - 1],
  ])(
    'says so after an upgrade from a version that %s, until an unlock has updated it',
    async (_, older) => {
      test = await createSetUpCore();
      await test.call('lock', {});
      asWrittenBefore(test, older);
      expect(await test.call('getVaultStatus', {})).toMatchObject({
        isUnlocked: false,
        isUpdateDue: true,
      });
      await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
      expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isUpdateDue');
      expect(keySlotsOf(test).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      await test.call('lock', {});
      expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isUpdateDue');
    },
  );

  it("keeps a restored backup's version with its key slots: nothing to update from this version's", async () => {
    const centre = await centreWithData();
    test = centre.test;
    const { file } = await backUp(test, centre.usb);
    await test.call('restoreBackup', { file, secret: ADMIN_SECRET });
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false });
    expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isUpdateDue');
    expect(keySlotsOf(test).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });
});
