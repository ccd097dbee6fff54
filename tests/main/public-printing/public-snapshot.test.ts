import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  GROUP_FIELD_VISIBILITY,
  LOCATION_FIELD_VISIBILITY,
  ORGANISATION_FIELD_VISIBILITY,
} from '../../../shared/domain/public-snapshot';
import { vaultPaths } from '../../../main/vault/vault';
import { fullGroup, SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { findTextInFiles } from '../../support/scan-files';
import { ADMIN, createSetUpCore, createTestCore, sampleGroup } from '../../support/temp-core';
import {
  groupNames,
  keysIn,
  MARKER,
  markedLocation,
  readySnapshot,
  snapshotFile,
  snapshotOf,
  type SetUpCore,
} from './snapshot-helpers';

const internalFields = (table: Record<string, string>) =>
  Object.keys(table).filter((key) => table[key] === 'internal');

/** A listed group whose every internal text field holds the marker. */
const markedListedGroup = (locationId: number) =>
  fullGroup(locationId, {
    status: 'active',
    isListedPublicly: true,
    onlineLink: `https://meet.example.org/${MARKER}`,
    dialIn: `Dial ${MARKER}`,
    // Given on request, as every group's link is until the group chooses otherwise.
    isOnlineLinkPublic: false,
    groundRules: `Rules ${MARKER}`,
  });

/**
 * Everything that must never reach the snapshot, each filled with the marker. Private data a
 * later table adds (volunteers, incidents, …) joins this list as one more entry.
 */
const PRIVATE_RECORDS: {
  what: string;
  add: (test: SetUpCore, locationId: number) => Promise<unknown>;
}[] = [
  {
    what: 'an unlisted group',
    add: (test, locationId) =>
      test.call(
        'createGroup',
        fullGroup(locationId, {
          name: `Unlisted ${MARKER}`,
          status: 'active',
          isListedPublicly: false,
        }),
      ),
  },
  {
    what: 'a paused listed group',
    add: (test, locationId) =>
      test.call(
        'createGroup',
        fullGroup(locationId, { name: `Paused ${MARKER}`, status: 'paused' }),
      ),
  },
  {
    what: 'an archived listed group',
    add: async (test, locationId) => {
      const group = await test.call(
        'createGroup',
        fullGroup(locationId, { name: `Archived ${MARKER}`, status: 'active' }),
      );
      await test.call('archiveGroup', { id: group.id });
    },
  },
  {
    what: 'a removed resource',
    add: async (test) => {
      const { id } = await test.call('createResource', { name: `Removed ${MARKER}` });
      await test.call('removeResource', { id });
    },
  },
  {
    what: 'a user account',
    add: (test) =>
      test.call('createUser', {
        username: 'secret-xyz',
        displayName: `Staff ${MARKER}`,
        role: 'facilitator',
        password: SAMPLE_PASSWORD,
      }),
  },
];

describe('the public snapshot for the print station', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore();
  });

  afterEach(() => test.cleanUp());

  it('is written at setup with the organisation’s public contact and no resources yet', async () => {
    const organisation = await test.call('getOrganisation', {});
    await test.call('updateOrganisation', {
      ...organisation,
      address: '1 River Road',
      phone: '+44 20 7946 0000',
      email: 'office@example.org',
    });
    const snapshot = await snapshotOf(test);
    expect(snapshot.organisation).toEqual({
      name: 'Riverside Community Centre',
      address: '1 River Road',
      phone: '+44 20 7946 0000',
      email: 'office@example.org',
      paperSize: 'A4',
      dateRegion: '',
      timeZone: 'Europe/London',
    });
    expect(snapshot.groups).toEqual([]);
    expect(snapshot.resources).toEqual([]);
    expect(snapshot.sessions).toEqual([]);
    expect(snapshot.closures).toEqual([]);
  });

  it('holds a listed group’s public fields, with its location’s name, address and room', async () => {
    const location = await test.call('createLocation', markedLocation());
    const input = markedListedGroup(location.id);
    const { id, updatedAt } = await test.call('createGroup', input);
    const [group] = (await snapshotOf(test)).groups;
    expect(group).toEqual({
      id,
      name: input.name,
      focus: input.focus,
      publicDescription: input.publicDescription,
      audience: input.audience,
      format: input.format,
      room: input.room,
      schedule: { ...input.schedule, rrule: 'FREQ=MONTHLY;BYDAY=1TU,-1FR' },
      startDate: input.startDate,
      endDate: input.endDate,
      isOpenToNewcomers: input.isOpenToNewcomers,
      languages: input.languages,
      accessibility: input.accessibility,
      publicContactName: input.publicContactName,
      publicContactPhone: input.publicContactPhone,
      publicContactEmail: input.publicContactEmail,
      location: { name: 'Main Hall', address: '1 River Road', room: 'Ground floor' },
      updatedAt,
    });
  });

  it('holds no internal field and no private record: the marker is nowhere in the file', async () => {
    const location = await test.call('createLocation', markedLocation());
    const organisation = await test.call('getOrganisation', {});
    await test.call('updateOrganisation', { ...organisation, phone: '+44 20 7946 0000' });
    await test.call('createGroup', markedListedGroup(location.id));
    for (const record of PRIVATE_RECORDS) await record.add(test, location.id);
    // One more change, so the file is written after every private record is in the database.
    await test.call('updateOrganisation', { ...organisation, phone: '+44 20 7946 0001' });

    expect(findTextInFiles(path.dirname(snapshotFile(test)), MARKER)).toEqual([]);
    expect(readFileSync(snapshotFile(test), 'utf8')).not.toContain(ADMIN.displayName);
    const snapshot = await snapshotOf(test);
    expect(snapshot.groups.map((g) => g.name)).toEqual(['Tuesday Carers Circle']);
    const internal = [
      ...internalFields(GROUP_FIELD_VISIBILITY),
      ...internalFields(LOCATION_FIELD_VISIBILITY),
      ...internalFields(ORGANISATION_FIELD_VISIBILITY),
    ];
    expect(internal.filter((key) => keysIn(snapshot).has(key))).toEqual([]);
  });

  it('is rewritten after a group is created, updated and archived', async () => {
    const fields = sampleGroup({ isListedPublicly: true });
    const { id } = await test.call('createGroup', fields);
    expect(await groupNames(test)).toEqual(['Thursday Grief Circle']);
    await test.call('updateGroup', { id, ...fields, name: 'Friday Grief Circle' });
    expect(await groupNames(test)).toEqual(['Friday Grief Circle']);
    await test.call('updateGroup', { id, ...fields, isListedPublicly: false });
    expect(await groupNames(test)).toEqual([]);
    await test.call('updateGroup', { id, ...fields });
    await test.call('archiveGroup', { id });
    expect(await groupNames(test)).toEqual([]);
  });

  it('holds the resources in use, crisis lines first, and is rewritten when one changes', async () => {
    const samaritans = {
      name: 'Samaritans',
      purpose: 'Someone to talk to, day or night',
      phone: '116 123',
      hours: '24 hours, every day',
      address: '',
      website: 'https://www.samaritans.org',
      isCrisisLine: true,
    };
    const foodBank = await test.call('createResource', {
      name: 'Riverside Food Bank',
      phone: '01632 960 118',
    });
    const crisis = await test.call('createResource', samaritans);
    const snapshot = await snapshotOf(test);
    expect(snapshot.resources).toEqual([
      samaritans,
      {
        name: 'Riverside Food Bank',
        purpose: '',
        phone: '01632 960 118',
        hours: '',
        address: '',
        website: '',
        isCrisisLine: false,
      },
    ]);
    const resourceNames = async () => (await snapshotOf(test)).resources.map((r) => r.name);
    await test.call('updateResource', { id: crisis.id, ...samaritans, name: 'The Samaritans' });
    expect(await resourceNames()).toEqual(['The Samaritans', 'Riverside Food Bank']);
    await test.call('removeResource', { id: foodBank.id });
    expect(await resourceNames()).toEqual(['The Samaritans']);
    await test.call('restoreResource', { id: foodBank.id });
    expect(await resourceNames()).toEqual(['The Samaritans', 'Riverside Food Bank']);
    expect(await test.call('getPublicPrintData', {})).toMatchObject({
      resources: (await snapshotOf(test)).resources,
    });
  });

  it('is rewritten after the organisation and a location are updated', async () => {
    const location = await test.call('createLocation', markedLocation());
    await test.call('createGroup', markedListedGroup(location.id));
    await test.call('updateLocation', {
      ...markedLocation(),
      id: location.id,
      address: '2 Mill Lane',
    });
    expect((await snapshotOf(test)).groups[0]!.location?.address).toBe('2 Mill Lane');
    const organisation = await test.call('getOrganisation', {});
    await test.call('updateOrganisation', { ...organisation, phone: '+44 20 7946 0999' });
    expect((await snapshotOf(test)).organisation.phone).toBe('+44 20 7946 0999');
  });

  it('is deleted when public printing is turned off, and written again when it is turned on', async () => {
    await test.call('createGroup', sampleGroup({ isListedPublicly: true }));
    expect(existsSync(snapshotFile(test))).toBe(true);

    const off = await test.call('updateSettings', { isPublicPrintingOn: false });
    expect(off).toMatchObject({ isPublicPrintingOn: false, idleLockMinutes: 10 });
    expect(existsSync(snapshotFile(test))).toBe(false);
    expect(await test.call('getPublicSnapshot', {})).toEqual({ status: 'off' });
    // Changes while it is off, and signing in again, do not bring the file back.
    await test.call('createGroup', sampleGroup({ name: 'Second', isListedPublicly: true }));
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
    expect(existsSync(snapshotFile(test))).toBe(false);

    await test.call('updateSettings', { isPublicPrintingOn: true });
    expect(await groupNames(test)).toEqual(['Second', 'Thursday Grief Circle']);
    expect(await test.call('getSettings', {})).toEqual({
      idleLockMinutes: 10,
      isPublicPrintingOn: true,
      sessionHorizonWeeks: 26,
    });
  });

  it('is read with the vault locked, by a fresh core, with the key slots and database gone', async () => {
    await test.call('createGroup', sampleGroup({ isListedPublicly: true }));
    await test.call('lock', {});
    const paths = vaultPaths(test.dataDir);
    renameSync(paths.keySlots, `${paths.keySlots}.away`);
    renameSync(paths.database, `${paths.database}.away`);
    const fresh = createTestCore(test.dataDir);
    try {
      const printing = await fresh.call('getPublicSnapshot', {});
      expect(readySnapshot(printing).groups.map((g) => g.name)).toEqual(['Thursday Grief Circle']);
    } finally {
      await fresh.core.close();
    }
    renameSync(`${paths.keySlots}.away`, paths.keySlots);
    renameSync(`${paths.database}.away`, paths.database);
  });

  it('says the file is unreadable when it is not a snapshot', async () => {
    // The day's first call has been made (it republishes the file): the next one only reads it.
    await test.call('listGroups', {});
    writeFileSync(snapshotFile(test), '{"version": 1, "groups": "no"}');
    expect(await test.call('getPublicSnapshot', {})).toEqual({ status: 'unreadable' });
  });

  it('removes a snapshot it cannot bring up to date, and the change itself still succeeds', async () => {
    await test.call('createGroup', sampleGroup({ isListedPublicly: true }));
    // The next rewrite's temp file cannot be created: a folder has its name.
    const file = snapshotFile(test);
    mkdirSync(path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await test.call('createGroup', sampleGroup({ name: 'Second', isListedPublicly: true }));
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('publishPublicSnapshot'));
    } finally {
      errors.mockRestore();
    }
    expect(existsSync(file)).toBe(false);
    expect(await test.call('getPublicSnapshot', {})).toEqual({ status: 'off' });
    expect((await test.call('listGroups', {})).map((g) => g.name)).toEqual([
      'Second',
      'Thursday Grief Circle',
    ]);
  });

  it('leaves the file and its date alone when a change touches nothing public', async () => {
    await test.call('createGroup', sampleGroup({ isListedPublicly: true }));
    const before = readFileSync(snapshotFile(test), 'utf8');
    await test.call('createGroup', sampleGroup({ name: 'Unlisted', isListedPublicly: false }));
    await test.call('updateSettings', { idleLockMinutes: 5 });
    expect(readFileSync(snapshotFile(test), 'utf8')).toBe(before);
  });
});
