import type { MethodInput } from '../../../shared/api/contract';
import { GROUP_STATUSES } from '../../../shared/domain/groups';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

describe('locations', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  const inPersonAt = (locationId: number, overrides: Partial<MethodInput<'createGroup'>> = {}) =>
    sampleGroup({ format: 'in_person', onlineLink: '', locationId, ...overrides });

  it('round-trips every field and starts with no groups', async () => {
    const input = {
      name: 'Main Hall',
      address: '1 River Road, Riverside',
      room: 'Ground floor',
      accessibilityNotes: 'Ramp at the side door; accessible toilet.',
      capacity: 40,
    };
    const created = await test.call('createLocation', input);
    expect(created).toEqual({
      ...input,
      id: expect.any(Number),
      groupCount: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await test.call('listLocations', {})).toEqual([created]);
  });

  it('fills in empty text and no capacity by default', async () => {
    expect(await test.call('createLocation', { name: 'Annex' })).toMatchObject({
      address: '',
      room: '',
      accessibilityNotes: '',
      capacity: null,
    });
  });

  it('lists locations by name, ignoring case', async () => {
    for (const name of ['Zeta Room', 'annex', 'Main Hall'])
      await test.call('createLocation', { name });
    expect((await test.call('listLocations', {})).map((l) => l.name)).toEqual([
      'annex',
      'Main Hall',
      'Zeta Room',
    ]);
  });

  it('orders accented names with their unaccented letter', async () => {
    for (const name of ['Zeta Room', 'Éden', 'annex']) await test.call('createLocation', { name });
    expect((await test.call('listLocations', {})).map((l) => l.name)).toEqual([
      'annex',
      'Éden',
      'Zeta Room',
    ]);
  });

  it('refuses a duplicate name unless confirmed, and lets a location keep its own', async () => {
    const hall = await test.call('createLocation', { name: 'Salón Azul' });
    const error = await test.refuse('createLocation', { name: 'salon azul ' });
    expect(error).toMatchObject({
      code: 'DUPLICATE_NAME',
      messageKey: 'errors.duplicateLocationName',
      params: { name: 'salon azul' },
    });
    await test.call('createLocation', { name: 'SALON AZUL', isDuplicateNameConfirmed: true });
    await test.call('updateLocation', { id: hall.id, name: 'Salón Azul', room: '1' });
    expect((await test.call('listLocations', {})).map((l) => l.name)).toHaveLength(2);
  });

  it('updates every field', async () => {
    const created = await test.call('createLocation', { name: 'Annex', capacity: 10 });
    const updated = await test.call('updateLocation', {
      id: created.id,
      name: 'North Annex',
      address: '2 River Road',
      room: 'First floor',
      accessibilityNotes: 'Lift',
      capacity: null,
    });
    expect(updated).toMatchObject({
      id: created.id,
      name: 'North Annex',
      address: '2 River Road',
      room: 'First floor',
      accessibilityNotes: 'Lift',
      capacity: null,
      createdAt: created.createdAt,
    });
    expect(await test.call('listLocations', {})).toEqual([updated]);
  });

  it('shows a renamed location under its new name in the groups that use it', async () => {
    const hall = await test.call('createLocation', { name: 'Main Hall' });
    const group = await test.call('createGroup', inPersonAt(hall.id));
    await test.call('updateLocation', { id: hall.id, name: 'Great Hall' });
    expect((await test.call('getGroup', { id: group.id })).locationName).toBe('Great Hall');
  });

  it('refuses a location without a name', async () => {
    const error = await test.refuse('createLocation', { name: '   ' });
    expect(error.fieldErrors).toContainEqual({ path: 'name', messageKey: 'validation.required' });
  });

  it('answers NOT_FOUND for a missing location on update and delete', async () => {
    expect(await test.refuse('updateLocation', { id: 9999, name: 'X' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await test.refuse('deleteLocation', { id: 9999 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('counts the groups that use each location, archived ones included', async () => {
    const hall = await test.call('createLocation', { name: 'Main Hall' });
    const annex = await test.call('createLocation', { name: 'Annex' });
    await test.call('createGroup', inPersonAt(hall.id));
    const archived = await test.call('createGroup', inPersonAt(hall.id, { name: 'Old Group' }));
    await test.call('archiveGroup', { id: archived.id });
    await test.call('createGroup', sampleGroup({ name: 'Online Group' }));
    const counts = Object.fromEntries(
      (await test.call('listLocations', {})).map((l) => [l.name, l.groupCount]),
    );
    expect(counts).toEqual({ 'Main Hall': 2, Annex: 0 });
    expect(annex.groupCount).toBe(0);
  });

  it("refuses to delete a location in use with CONFLICT 'errors.locationInUse' and the count", async () => {
    const hall = await test.call('createLocation', { name: 'Main Hall' });
    await test.call('createGroup', inPersonAt(hall.id));
    await test.call('createGroup', inPersonAt(hall.id, { name: 'Second' }));
    const auditBefore = await test.core.vault.store.audit.latest(1000);
    expect(await test.refuse('deleteLocation', { id: hall.id })).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.locationInUse',
      params: { count: 2 },
    });
    expect((await test.call('listLocations', {})).map((l) => l.id)).toEqual([hall.id]);
    expect(await test.core.vault.store.audit.latest(1000)).toEqual(auditBefore);
  });

  it('deletes a location once no group uses it, and records who did it', async () => {
    const hall = await test.call('createLocation', { name: 'Main Hall' });
    const group = await test.call('createGroup', inPersonAt(hall.id));
    await test.call('updateGroup', { id: group.id, ...sampleGroup() });
    expect(await test.call('deleteLocation', { id: hall.id })).toBeNull();
    expect(await test.call('listLocations', {})).toEqual([]);
    const [entry] = await test.core.vault.store.audit.latest(1);
    expect(entry).toMatchObject({ action: 'delete', entity: 'location', entityId: hall.id });
  });
});

describe('the dashboard', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('shows figures that match the group and location lists', async () => {
    const hall = await test.call('createLocation', { name: 'Main Hall' });
    await test.call('createLocation', { name: 'Annex' });
    await test.call('createGroup', sampleGroup({ isListedPublicly: true }));
    await test.call('createGroup', sampleGroup({ name: 'Closed Grief', isOpenToNewcomers: false }));
    await test.call(
      'createGroup',
      sampleGroup({
        name: 'Carers',
        focus: 'caregivers',
        format: 'hybrid',
        locationId: hall.id,
        isListedPublicly: true,
      }),
    );
    await test.call(
      'createGroup',
      sampleGroup({ name: 'Paused', focus: 'trauma', status: 'paused', isListedPublicly: true }),
    );
    const old = await test.call(
      'createGroup',
      sampleGroup({ name: 'Old', focus: 'parenting', isListedPublicly: true }),
    );
    await test.call('archiveGroup', { id: old.id });

    const groups = await test.call('listGroups', {});
    const active = groups.filter((g) => g.status === 'active');
    const countBy = (key: 'status' | 'focus') =>
      groups.reduce<Record<string, number>>(
        (acc, g) => ({ ...acc, [g[key]]: (acc[g[key]] ?? 0) + 1 }),
        {},
      );

    const dashboard = await test.call('getDashboard', {});
    expect(dashboard).toEqual({
      organisationName: 'Riverside Community Centre',
      needsVolunteerLink: false,
      groupsByStatus: Object.fromEntries(GROUP_STATUSES.map((s) => [s, countBy('status')[s] ?? 0])),
      groupsByFocus: countBy('focus'),
      // Only groups that are meeting count as open or listed.
      openToNewcomers: active.filter((g) => g.isOpenToNewcomers).length,
      listedPublicly: active.filter((g) => g.isListedPublicly).length,
      locations: (await test.call('listLocations', {})).length,
    });
    expect(dashboard.groupsByStatus).toEqual({ active: 3, paused: 1, archived: 1 });
    expect(dashboard.openToNewcomers).toBe(2);
    expect(dashboard.listedPublicly).toBe(2);
  });

  it('shows zeros for a new centre', async () => {
    expect(await test.call('getDashboard', {})).toEqual({
      organisationName: 'Riverside Community Centre',
      needsVolunteerLink: false,
      groupsByStatus: { active: 0, paused: 0, archived: 0 },
      groupsByFocus: {},
      openToNewcomers: 0,
      listedPublicly: 0,
      locations: 0,
    });
  });
});
