import { randomBytes } from 'node:crypto';
import type { MethodInput } from '../../../shared/api/contract';
import { fullGroup } from '../../support/sample-inputs';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

describe('groups', () => {
  let test: SetUpCore;
  let hallId: number;

  beforeEach(async () => {
    test = await createSetUpCore();
    hallId = (await test.call('createLocation', { name: 'Main Hall' })).id;
  });

  afterEach(() => test.cleanUp());

  const auditRows = () => test.core.vault.store.audit.latest(1000);

  async function expectFieldError(
    input: MethodInput<'createGroup'>,
    path: string,
    messageKey: string,
  ): Promise<void> {
    const error = await test.refuse('createGroup', input);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toContainEqual(expect.objectContaining({ path, messageKey }));
  }

  describe('creating and reading', () => {
    it('round-trips every field', async () => {
      const input = fullGroup(hallId);
      const created = await test.call('createGroup', input);
      expect(created).toEqual({
        ...input,
        id: expect.any(Number),
        locationName: 'Main Hall',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(await test.call('getGroup', { id: created.id })).toEqual(created);
    });

    it('round-trips nulls and an online group without a location', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ endDate: null, capacity: null, locationId: null, languages: [] }),
      );
      expect(created).toMatchObject({
        endDate: null,
        capacity: null,
        locationId: null,
        locationName: null,
        languages: [],
      });
      expect(await test.call('getGroup', { id: created.id })).toEqual(created);
    });

    it('fills in the defaults: active, anonymous roster, open to newcomers, not listed', async () => {
      const created = await test.call('createGroup', sampleGroup());
      expect(created).toMatchObject({
        status: 'active',
        rosterMode: 'anonymous',
        isOpenToNewcomers: true,
        isListedPublicly: false,
        endDate: null,
        capacity: null,
        locationId: null,
        languages: [],
        publicDescription: '',
        publicContactEmail: '',
      });
    });

    it('trims text fields', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ name: '  Grief Circle  ', room: ' 2 ' }),
      );
      expect(created).toMatchObject({ name: 'Grief Circle', room: '2' });
    });

    it('answers NOT_FOUND for a group that does not exist', async () => {
      expect(await test.refuse('getGroup', { id: 9999 })).toEqual({
        code: 'NOT_FOUND',
        messageKey: 'errors.NOT_FOUND',
      });
    });
  });

  describe('validation', () => {
    it('refuses an end date before the start date', async () => {
      await expectFieldError(
        sampleGroup({ startDate: '2026-03-10', endDate: '2026-03-09' }),
        'endDate',
        'validation.endBeforeStart',
      );
    });

    it('accepts an end date on the start date', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ startDate: '2026-03-10', endDate: '2026-03-10' }),
      );
      expect(created.endDate).toBe('2026-03-10');
    });

    it('refuses an online group without a link or dial-in', async () => {
      await expectFieldError(
        sampleGroup({ format: 'online', onlineLink: '', dialIn: '' }),
        'onlineLink',
        'validation.onlineNeedsLink',
      );
    });

    it('accepts an online group with a dial-in only', async () => {
      const created = await test.call(
        'createGroup',
        sampleGroup({ onlineLink: '', dialIn: '0800 123 456' }),
      );
      expect(created.dialIn).toBe('0800 123 456');
    });

    it('refuses an in-person group without a location', async () => {
      await expectFieldError(
        sampleGroup({ format: 'in_person', onlineLink: '', locationId: null }),
        'locationId',
        'validation.needsLocation',
      );
    });

    it('refuses a hybrid group without a location', async () => {
      await expectFieldError(
        sampleGroup({ format: 'hybrid' }),
        'locationId',
        'validation.needsLocation',
      );
    });

    it.each(['FREQ=YEARLY', 'FREQ=WEEKLY;UNTIL=20261231T000000Z;BYDAY=MO', 'every tuesday', ''])(
      'refuses the schedule rule %j',
      async (rrule) => {
        await expectFieldError(
          sampleGroup({ schedule: { rrule, startTime: '19:00', durationMinutes: 60 } }),
          'schedule.rrule',
          'validation.rrule',
        );
      },
    );

    it.each(['25:00', '7:00', '19:60', '19:00:00'])(
      'refuses the start time %j',
      async (startTime) => {
        await expectFieldError(
          sampleGroup({
            schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime, durationMinutes: 60 },
          }),
          'schedule.startTime',
          'validation.time',
        );
      },
    );

    it.each(['2026-02-30', '2026-13-01', '2025-02-29', '26-01-01', '2026-1-8'])(
      'refuses the start date %j',
      async (startDate) => {
        await expectFieldError(sampleGroup({ startDate }), 'startDate', 'validation.date');
      },
    );

    it('accepts 29 February in a leap year', async () => {
      expect(
        (await test.call('createGroup', sampleGroup({ startDate: '2028-02-29' }))).startDate,
      ).toBe('2028-02-29');
    });

    it('refuses a location that does not exist, naming locationId', async () => {
      await expectFieldError(
        sampleGroup({ format: 'in_person', onlineLink: '', locationId: 9999 }),
        'locationId',
        'validation.invalidChoice',
      );
    });

    it('refuses a location that was deleted', async () => {
      const annex = await test.call('createLocation', { name: 'Annex' });
      await test.call('deleteLocation', { id: annex.id });
      await expectFieldError(
        sampleGroup({ format: 'hybrid', locationId: annex.id }),
        'locationId',
        'validation.invalidChoice',
      );
    });

    it('refuses a failed write without leaving a group or an audit row behind', async () => {
      const auditBefore = await auditRows();
      await test.refuse('createGroup', sampleGroup({ format: 'hybrid', locationId: 9999 }));
      expect(await test.call('listGroups', {})).toEqual([]);
      expect(await auditRows()).toEqual(auditBefore);
    });

    it('refuses an update to a missing location and keeps the group as it was', async () => {
      const group = await test.call('createGroup', fullGroup(hallId));
      const auditBefore = await auditRows();
      const error = await test.refuse('updateGroup', {
        ...fullGroup(9999),
        id: group.id,
        name: 'Changed',
      });
      expect(error.fieldErrors).toContainEqual(expect.objectContaining({ path: 'locationId' }));
      expect(await test.call('getGroup', { id: group.id })).toEqual(group);
      expect(await auditRows()).toEqual(auditBefore);
    });
  });

  describe('updating, archiving and unarchiving', () => {
    it('replaces every field on update', async () => {
      const group = await test.call('createGroup', sampleGroup());
      const annex = await test.call('createLocation', { name: 'Annex' });
      const changes = fullGroup(annex.id);
      const updated = await test.call('updateGroup', { id: group.id, ...changes });
      expect(updated).toEqual({
        ...changes,
        id: group.id,
        locationName: 'Annex',
        createdAt: group.createdAt,
        updatedAt: expect.any(String),
      });
      expect(await test.call('getGroup', { id: group.id })).toEqual(updated);
    });

    it('answers NOT_FOUND when updating a missing group', async () => {
      expect(await test.refuse('updateGroup', { id: 9999, ...sampleGroup() })).toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('archives a group and brings it back as paused', async () => {
      const group = await test.call('createGroup', sampleGroup());
      expect((await test.call('archiveGroup', { id: group.id })).status).toBe('archived');
      expect((await test.call('getGroup', { id: group.id })).status).toBe('archived');
      expect((await test.call('unarchiveGroup', { id: group.id })).status).toBe('paused');
      expect((await test.call('getGroup', { id: group.id })).status).toBe('paused');
    });

    it('leaves a group that is not archived as it is on unarchive', async () => {
      const group = await test.call('createGroup', sampleGroup());
      expect((await test.call('unarchiveGroup', { id: group.id })).status).toBe('active');
    });

    it('answers NOT_FOUND when archiving or unarchiving a missing group', async () => {
      expect(await test.refuse('archiveGroup', { id: 9999 })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await test.refuse('unarchiveGroup', { id: 9999 })).toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });

  describe('listing and searching', () => {
    async function seed(): Promise<void> {
      const annex = await test.call('createLocation', { name: 'Riverside Annex' });
      await test.call('createGroup', sampleGroup({ name: 'Thursday Grief Circle' }));
      await test.call(
        'createGroup',
        sampleGroup({ name: 'Bereaved Parents', publicDescription: 'For parents after a LOSS' }),
      );
      await test.call(
        'createGroup',
        sampleGroup({
          name: 'Carers Café',
          focus: 'caregivers',
          format: 'hybrid',
          locationId: annex.id,
        }),
      );
      await test.call(
        'createGroup',
        sampleGroup({
          name: '100% Sober',
          focus: 'addiction_recovery',
          format: 'in_person',
          onlineLink: '',
          locationId: hallId,
        }),
      );
      await test.call(
        'createGroup',
        sampleGroup({ name: 'anxiety_support', focus: 'mental_health', status: 'paused' }),
      );
    }

    const names = async (input: MethodInput<'listGroups'> = {}) =>
      (await test.call('listGroups', input)).map((g) => g.name);
    /** For tests about which groups match, not their order. */
    const matching = async (input: MethodInput<'listGroups'>) => (await names(input)).sort();

    it('lists every group ordered by name, ignoring case', async () => {
      await seed();
      expect(await names()).toEqual([
        '100% Sober',
        'anxiety_support',
        'Bereaved Parents',
        'Carers Café',
        'Thursday Grief Circle',
      ]);
    });

    it('shows each group with its location name', async () => {
      await seed();
      const carers = (await test.call('listGroups', {})).find((g) => g.name === 'Carers Café');
      expect(carers).toMatchObject({
        locationName: 'Riverside Annex',
        format: 'hybrid',
        focus: 'caregivers',
      });
    });

    it('searches names, descriptions and location names, ignoring case', async () => {
      await seed();
      expect(await names({ search: 'GRIEF' })).toEqual(['Thursday Grief Circle']);
      expect(await names({ search: 'loss' })).toEqual(['Bereaved Parents']);
      expect(await names({ search: 'annex' })).toEqual(['Carers Café']);
      expect(await names({ search: 'main hall' })).toEqual(['100% Sober']);
      expect(await names({ search: '  grief  ' })).toEqual(['Thursday Grief Circle']);
      expect(await names({ search: 'nothing like this' })).toEqual([]);
    });

    it('searches ignoring accents and case, in names and location names', async () => {
      await seed();
      expect(await names({ search: 'cafe' })).toEqual(['Carers Café']);
      expect(await names({ search: 'CAFÉ' })).toEqual(['Carers Café']);
      await test.call('createLocation', { name: 'Salón Ñandú' });
      const salon = (await test.call('listLocations', {})).find((l) => l.name === 'Salón Ñandú')!;
      await test.call(
        'createGroup',
        sampleGroup({ name: 'Straße', format: 'hybrid', locationId: salon.id }),
      );
      expect(await names({ search: 'salon nandu' })).toEqual(['Straße']);
      expect(await names({ search: 'STRASSE' })).toEqual(['Straße']);
    });

    it('orders accented names with their unaccented letter', async () => {
      await seed();
      await test.call('createGroup', sampleGroup({ name: 'Éxito Diario' }));
      expect(await names()).toEqual([
        '100% Sober',
        'anxiety_support',
        'Bereaved Parents',
        'Carers Café',
        'Éxito Diario',
        'Thursday Grief Circle',
      ]);
    });

    it('takes % and _ in a search literally', async () => {
      await seed();
      expect(await names({ search: '%' })).toEqual(['100% Sober']);
      expect(await names({ search: '_' })).toEqual(['anxiety_support']);
      expect(await names({ search: 'anxiety_' })).toEqual(['anxiety_support']);
      expect(await names({ search: '\\' })).toEqual([]);
    });

    it('filters by status, focus and format, alone and combined with search', async () => {
      await seed();
      expect(await matching({ status: 'paused' })).toEqual(['anxiety_support']);
      expect(await matching({ focus: 'caregivers' })).toEqual(['Carers Café']);
      expect(await matching({ format: 'online' })).toEqual([
        'Bereaved Parents',
        'Thursday Grief Circle',
        'anxiety_support',
      ]);
      expect(await matching({ format: 'online', status: 'active' })).toEqual([
        'Bereaved Parents',
        'Thursday Grief Circle',
      ]);
      expect(
        await matching({ format: 'online', status: 'active', focus: 'grief', search: 'parents' }),
      ).toEqual(['Bereaved Parents']);
      expect(await matching({ format: 'in_person', focus: 'grief' })).toEqual([]);
    });

    it('refuses a search longer than 120 characters', async () => {
      expect(await test.refuse('listGroups', { search: 'a'.repeat(121) })).toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });
  });

  describe('duplicate names', () => {
    it('refuses a name that matches another group, ignoring case, accents and spaces', async () => {
      await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      const error = await test.refuse('createGroup', sampleGroup({ name: '  GRIEF cafe ' }));
      expect(error).toMatchObject({
        code: 'DUPLICATE_NAME',
        messageKey: 'errors.duplicateGroupName',
        params: { name: 'GRIEF cafe' },
      });
      expect(await test.call('listGroups', {})).toHaveLength(1);
    });

    it('saves a duplicate name once the input says it was confirmed', async () => {
      await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      await test.call(
        'createGroup',
        sampleGroup({ name: 'Grief Cafe', isDuplicateNameConfirmed: true }),
      );
      expect(await test.call('listGroups', {})).toHaveLength(2);
    });

    it('lets a group keep its own name on edit, even when another shares it', async () => {
      const first = await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      await test.call(
        'createGroup',
        sampleGroup({ name: 'grief cafe', isDuplicateNameConfirmed: true }),
      );
      const edited = await test.call('updateGroup', {
        id: first.id,
        ...sampleGroup({ name: 'Grief Café', room: 'Room 4' }),
      });
      expect(edited).toMatchObject({ name: 'Grief Café', room: 'Room 4' });
    });

    it('refuses renaming a group to the name of another', async () => {
      await test.call('createGroup', sampleGroup({ name: 'Grief Café' }));
      const other = await test.call('createGroup', sampleGroup({ name: 'Carers' }));
      const error = await test.refuse('updateGroup', {
        id: other.id,
        ...sampleGroup({ name: 'grief café' }),
      });
      expect(error.code).toBe('DUPLICATE_NAME');
      expect((await test.call('getGroup', { id: other.id })).name).toBe('Carers');
    });
  });

  describe('the audit log', () => {
    it('gets one row per write with who, what and which record, and none of the content', async () => {
      const marker = `MARK${randomBytes(6).toString('hex')}`;
      const before = (await auditRows()).length;
      const admin = (await test.call('getVaultStatus', {})).user!;

      const group = await test.call(
        'createGroup',
        fullGroup(hallId, {
          name: `Circle ${marker}`,
          publicDescription: marker,
          groundRules: marker,
        }),
      );
      await test.call('updateGroup', {
        id: group.id,
        ...fullGroup(hallId, { name: `Renamed ${marker}` }),
      });
      await test.call('archiveGroup', { id: group.id });
      await test.call('unarchiveGroup', { id: group.id });
      await test.call('listGroups', { search: marker });
      await test.call('getGroup', { id: group.id });

      const rows = (await auditRows()).slice(0, (await auditRows()).length - before).reverse();
      expect(rows.map(({ at: _at, ...row }) => row)).toEqual([
        {
          userId: admin.id,
          action: 'create',
          entity: 'group',
          entityId: group.id,
          fields: expect.arrayContaining(['groundRules', 'name', 'publicDescription', 'schedule']),
        },
        {
          userId: admin.id,
          action: 'update',
          entity: 'group',
          entityId: group.id,
          fields: ['groundRules', 'name', 'publicDescription'],
        },
        { userId: admin.id, action: 'archive', entity: 'group', entityId: group.id, fields: [] },
        { userId: admin.id, action: 'unarchive', entity: 'group', entityId: group.id, fields: [] },
      ]);
      expect(JSON.stringify(await auditRows())).not.toContain(marker);
    });
  });
});
