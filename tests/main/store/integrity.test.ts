import { damagePageOf } from '../../support/damage-page';
import { ADMIN, createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

async function lockDamageAndSignIn(test: TestCore, objectName: string): Promise<void> {
  await test.call('lock', {});
  await damagePageOf(test, objectName);
  await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
}

describe('the check of the database at unlock', () => {
  let test: TestCore;
  beforeEach(async () => {
    test = await createSetUpCore();
    for (const name of ['Grief Circle', 'Carers Group', 'Recovery Friday']) {
      await test.call('createGroup', sampleGroup({ name }));
    }
  });
  afterEach(() => test.cleanUp());

  it('reports nothing for a healthy database', async () => {
    await test.call('lock', {});
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isDatabaseDamaged');
  });

  it('flags a damaged index page to the signed-in user at once', async () => {
    await lockDamageAndSignIn(test, 'support_group_status');
    expect(await test.call('getVaultStatus', {})).toMatchObject({
      isUnlocked: true,
      isDatabaseDamaged: true,
    });
  });

  it('flags a damaged table page, and writes that touch it say DATABASE_CORRUPT', async () => {
    await lockDamageAndSignIn(test, 'support_group');
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isDatabaseDamaged: true });
    expect(await test.refuse('createGroup', sampleGroup({ name: 'After the damage' }))).toEqual({
      code: 'DATABASE_CORRUPT',
      messageKey: 'errors.DATABASE_CORRUPT',
    });
  });

  it('tells nobody once signed out', async () => {
    await lockDamageAndSignIn(test, 'support_group_status');
    await test.call('logOut', {});
    expect(await test.call('getVaultStatus', {})).not.toHaveProperty('isDatabaseDamaged');
  });
});
