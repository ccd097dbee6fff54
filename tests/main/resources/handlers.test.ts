import type { MethodInput } from '../../../shared/api/contract';
import { SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { ADMIN, createSetUpCore } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const samaritans = (
  overrides: Partial<MethodInput<'createResource'>> = {},
): MethodInput<'createResource'> => ({
  name: 'Samaritans',
  purpose: 'Someone to talk to, day or night',
  phone: '116 123',
  hours: '24 hours, every day',
  website: 'https://www.samaritans.org',
  isCrisisLine: true,
  ...overrides,
});

const foodBank = (overrides: Partial<MethodInput<'createResource'>> = {}) => ({
  name: 'Riverside Food Bank',
  purpose: 'Emergency food parcels with a referral voucher',
  phone: '01632 960 118',
  hours: 'Mon, Wed, Fri 10:00–14:00',
  address: 'St Mark’s Church Hall, 4 Mill Lane',
  ...overrides,
});

describe('referral resources', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  const names = async () => (await test.call('listResources', {})).map((r) => r.name);
  const latestAudit = async () => (await test.core.vault.store.audit.latest(1))[0];

  async function expectFieldError(input: unknown, path: string, messageKey: string): Promise<void> {
    const error = await test.refuse('createResource', input);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toContainEqual(expect.objectContaining({ path, messageKey }));
  }

  it('round-trips every field, with empty text for what was not given', async () => {
    const created = await test.call('createResource', foodBank());
    expect(created).toEqual({
      ...foodBank(),
      website: '',
      isCrisisLine: false,
      id: expect.any(Number),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await test.call('listResources', {})).toEqual([created]);
  });

  it('lists crisis lines first, then the rest by name', async () => {
    await test.call('createResource', foodBank());
    await test.call('createResource', foodBank({ name: 'carers’ support line' }));
    await test.call('createResource', samaritans());
    await test.call('createResource', samaritans({ name: 'Emergency services', phone: '999' }));
    expect(await names()).toEqual([
      'Emergency services',
      'Samaritans',
      'carers’ support line',
      'Riverside Food Bank',
    ]);
  });

  it('refuses a phone with letters, a website that is not http(s) and a crisis line with no phone', async () => {
    await expectFieldError(foodBank({ phone: 'call us' }), 'phone', 'validation.phone');
    await expectFieldError(
      foodBank({ website: 'javascript:alert(1)' }),
      'website',
      'validation.url',
    );
    await expectFieldError(foodBank({ website: 'ftp://example.org' }), 'website', 'validation.url');
    await expectFieldError(samaritans({ phone: '' }), 'phone', 'validation.crisisLineNeedsPhone');
    expect(await names()).toEqual([]);
  });

  it('asks before saving a second resource of the same name, and saves it when confirmed', async () => {
    await test.call('createResource', samaritans());
    const error = await test.refuse('createResource', samaritans({ name: ' SAMARITANS ' }));
    expect(error).toMatchObject({
      code: 'DUPLICATE_NAME',
      messageKey: 'errors.duplicateResourceName',
    });
    await test.call('createResource', samaritans({ isDuplicateNameConfirmed: true }));
    expect(await names()).toEqual(['Samaritans', 'Samaritans']);
  });

  it('updates a resource and audits the names of the changed fields only', async () => {
    const { id } = await test.call('createResource', foodBank());
    expect(await latestAudit()).toMatchObject({
      action: 'create',
      entity: 'resource',
      entityId: id,
      fields: ['address', 'hours', 'isCrisisLine', 'name', 'phone', 'purpose'],
    });
    const updated = await test.call('updateResource', {
      id,
      ...foodBank({ phone: '01632 960 119', hours: 'Every weekday 10:00–14:00' }),
    });
    expect(updated).toMatchObject({ phone: '01632 960 119', hours: 'Every weekday 10:00–14:00' });
    const entry = await latestAudit();
    expect(entry).toMatchObject({
      action: 'update',
      entity: 'resource',
      fields: ['hours', 'phone'],
    });
    expect(JSON.stringify(entry)).not.toContain('01632');
  });

  it('removes a resource from the list but keeps it, and restores it', async () => {
    const { id } = await test.call('createResource', samaritans());
    await test.call('createResource', foodBank());
    expect(await test.call('removeResource', { id })).toEqual({ id });
    expect(await latestAudit()).toMatchObject({
      action: 'remove',
      entity: 'resource',
      entityId: id,
      fields: ['removedAt'],
    });
    expect(await names()).toEqual(['Riverside Food Bank']);
    expect(await test.call('listRemovedResources', {})).toEqual([
      expect.objectContaining({ id, name: 'Samaritans', removedAt: expect.any(String) }),
    ]);
    // A removed resource can be neither changed nor removed again.
    expect((await test.refuse('removeResource', { id })).code).toBe('NOT_FOUND');
    expect((await test.refuse('updateResource', { id, ...samaritans() })).code).toBe('NOT_FOUND');

    expect(await test.call('restoreResource', { id })).toMatchObject({ id, name: 'Samaritans' });
    expect(await latestAudit()).toMatchObject({ action: 'restore', entity: 'resource' });
    expect(await names()).toEqual(['Samaritans', 'Riverside Food Bank']);
    expect(await test.call('listRemovedResources', {})).toEqual([]);
    expect((await test.refuse('restoreResource', { id })).code).toBe('NOT_FOUND');
  });

  it('does not count a removed resource’s name as taken', async () => {
    const { id } = await test.call('createResource', samaritans());
    await test.call('removeResource', { id });
    await test.call('createResource', samaritans());
    expect(await names()).toEqual(['Samaritans']);
  });

  it('lets a facilitator read the resources but not change them', async () => {
    const { id } = await test.call('createResource', samaritans());
    await test.call('createUser', {
      username: 'fynn',
      displayName: 'Fynn',
      role: 'facilitator',
      password: SAMPLE_PASSWORD,
    });
    await test.call('logIn', { username: 'fynn', password: SAMPLE_PASSWORD });
    expect(await names()).toEqual(['Samaritans']);
    for (const [method, input] of [
      ['createResource', foodBank()],
      ['updateResource', { id, ...samaritans({ phone: '999' }) }],
      ['removeResource', { id }],
      ['restoreResource', { id }],
      ['listRemovedResources', {}],
    ] as const) {
      expect((await test.refuse(method, input)).code).toBe('FORBIDDEN');
    }
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await test.call('listResources', {})).toEqual([
      expect.objectContaining({ phone: '116 123' }),
    ]);
  });
});
