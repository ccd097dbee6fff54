import { createSetUpCore, ADMIN } from '../../support/temp-core';
import { SAMPLE_PASSWORD } from '../../support/sample-inputs';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const CORA = { username: 'cora', displayName: 'Cora Coordinator', role: 'coordinator' as const };
const FYNN = { username: 'fynn', displayName: 'Fynn Facilitator', role: 'facilitator' as const };
const BEA = { username: 'bea', displayName: 'Bea Admin', role: 'admin' as const };

const LAST_ADMIN = { code: 'CONFLICT', messageKey: 'errors.lastActiveAdmin' };

describe('user accounts', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  const create = (account: typeof CORA | typeof FYNN | typeof BEA) =>
    test.call('createUser', { ...account, password: SAMPLE_PASSWORD });

  const lastAudit = async () => (await test.core.vault.store.audit.latest(1))[0];

  it('creates an account that lists with its role, no volunteer and not disabled', async () => {
    const cora = await create(CORA);
    expect(cora).toEqual({
      id: expect.any(Number),
      ...CORA,
      isDisabled: false,
      volunteerId: null,
      volunteerName: null,
    });
    expect(await test.call('listUsers', {})).toContainEqual(cora);
    expect(await lastAudit()).toMatchObject({
      action: 'create',
      entity: 'user',
      entityId: cora.id,
      fields: ['displayName', 'password', 'role', 'username'],
    });
  });

  it('changes the display name and role, and audits the field names only', async () => {
    const fynn = await create(FYNN);
    const updated = await test.call('updateUser', {
      id: fynn.id,
      displayName: 'Fynn F.',
      role: 'coordinator',
      volunteerId: null,
    });
    expect(updated).toMatchObject({
      displayName: 'Fynn F.',
      role: 'coordinator',
      volunteerId: null,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'update',
      entityId: fynn.id,
      fields: ['displayName', 'role'],
    });
    expect(JSON.stringify(await lastAudit())).not.toContain('Fynn F.');
  });

  it('answers NOT_FOUND for an account that does not exist', async () => {
    for (const [method, input] of [
      ['updateUser', { id: 999, displayName: 'X', role: 'admin', volunteerId: null }],
      ['disableUser', { id: 999 }],
      ['enableUser', { id: 999, password: SAMPLE_PASSWORD }],
      ['resetUserPassword', { id: 999, newPassword: SAMPLE_PASSWORD }],
    ] as const) {
      expect(await test.refuse(method, input)).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  describe('the last active admin', () => {
    const adminId = 1;

    it('cannot be disabled or given another role', async () => {
      expect(await test.refuse('disableUser', { id: adminId })).toEqual(LAST_ADMIN);
      expect(
        await test.refuse('updateUser', {
          id: adminId,
          displayName: ADMIN.displayName,
          role: 'coordinator',
          volunteerId: null,
        }),
      ).toEqual(LAST_ADMIN);
      expect(await test.call('listUsers', {})).toEqual([
        expect.objectContaining({ id: adminId, role: 'admin', isDisabled: false }),
      ]);
    });

    it('can be renamed while staying an admin', async () => {
      await test.call('updateUser', {
        id: adminId,
        displayName: 'Ada A.',
        role: 'admin',
        volunteerId: null,
      });
      expect((await test.call('listUsers', {}))[0]).toMatchObject({ displayName: 'Ada A.' });
    });

    it('counts only active admins: a disabled second admin does not make room', async () => {
      const bea = await create(BEA);
      await test.call('disableUser', { id: bea.id });
      expect(await test.refuse('disableUser', { id: adminId })).toEqual(LAST_ADMIN);
    });

    it('may step down once another admin is active', async () => {
      await create(BEA);
      await test.call('updateUser', {
        id: adminId,
        displayName: ADMIN.displayName,
        role: 'coordinator',
        volunteerId: null,
      });
      const bea = (await test.call('logIn', { username: 'bea', password: SAMPLE_PASSWORD })).id;
      expect(await test.refuse('disableUser', { id: bea })).toEqual(LAST_ADMIN);
    });
  });

  describe('a role change', () => {
    it('applies at the signed-in account’s very next call', async () => {
      await create(BEA);
      await test.call('updateUser', {
        id: 1,
        displayName: ADMIN.displayName,
        role: 'coordinator',
        volunteerId: null,
      });
      expect(await test.call('getVaultStatus', {})).toMatchObject({
        user: { username: 'admin', role: 'coordinator' },
      });
      expect(await test.refuse('listUsers', {})).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  it('reports nobody signed in once the signed-in account is disabled', async () => {
    await create(BEA);
    await test.call('disableUser', { id: 1 });
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false, user: null });
  });

  it('ends the session of a signed-in account at its next call once it is disabled', async () => {
    await create(BEA);
    await test.call('disableUser', { id: 1 });
    expect(await test.refuse('getOrganisation', {})).toEqual({
      code: 'ACCOUNT_DISABLED',
      messageKey: 'errors.ACCOUNT_DISABLED',
    });
    expect(await test.call('getVaultStatus', {})).toMatchObject({ isUnlocked: false, user: null });
  });

  it('refuses to enable an active account, or to reset a disabled one’s password', async () => {
    const cora = await create(CORA);
    expect(await test.refuse('enableUser', { id: cora.id, password: SAMPLE_PASSWORD })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.userAlreadyActive',
    });
    await test.call('disableUser', { id: cora.id });
    expect(
      await test.refuse('resetUserPassword', { id: cora.id, newPassword: SAMPLE_PASSWORD }),
    ).toEqual({ code: 'CONFLICT', messageKey: 'errors.userDisabledNoReset' });
  });

  it('refuses a new password that breaks the rules, naming the field', async () => {
    const cora = await create(CORA);
    expect(
      await test.refuse('resetUserPassword', { id: cora.id, newPassword: 'cora-is-great-1' }),
    ).toMatchObject({
      fieldErrors: [{ path: 'newPassword', messageKey: 'validation.weakPassword' }],
    });
    await test.call('disableUser', { id: cora.id });
    expect(await test.refuse('enableUser', { id: cora.id, password: 'short' })).toMatchObject({
      fieldErrors: [{ path: 'password', messageKey: 'validation.weakPassword' }],
    });
  });

  it('audits disable, enable and reset with field names only', async () => {
    const cora = await create(CORA);
    await test.call('resetUserPassword', { id: cora.id, newPassword: 'quiet-harbour-77' });
    await test.call('disableUser', { id: cora.id });
    await test.call('enableUser', { id: cora.id, password: 'fresh-meadow-90' });
    const entries = (await test.core.vault.store.audit.latest(3)).reverse();
    expect(
      entries.map(({ action, entity, entityId, fields }) => ({ action, entity, entityId, fields })),
    ).toEqual([
      { action: 'resetPassword', entity: 'user', entityId: cora.id, fields: ['password'] },
      { action: 'disable', entity: 'user', entityId: cora.id, fields: ['isDisabled'] },
      { action: 'enable', entity: 'user', entityId: cora.id, fields: ['isDisabled', 'password'] },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/quiet-harbour|fresh-meadow/);
  });
});
