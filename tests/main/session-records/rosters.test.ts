import { linkAccountToVolunteer } from '../../support/people';
import { SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { ADMIN, sampleGroup } from '../../support/temp-core';
import { buildRecordsWorld, latestAudit, type RecordsWorld } from './records-world';

// Named rosters: participants with consent, attendance by date, and who may see them.

describe('named rosters', () => {
  let world: RecordsWorld;

  beforeEach(async () => {
    world = await buildRecordsWorld({ rosterMode: 'named_with_consent' });
  });

  afterEach(() => world.test.cleanUp());

  const add = (name: string, consentOn = '2026-01-05') =>
    world.test.call('addParticipant', { groupId: world.groupId, name, consentOn });

  const sessionOn = (localDate: string) =>
    insertSession(world.test, { groupId: world.groupId, localDate, localStart: '09:00' });

  const rosterNames = async (sessionId: number) =>
    (await world.test.call('getSessionAttendance', { id: sessionId })).roster.map((p) => p.name);

  it('adds, renames and lists participants by name, logging field names only', async () => {
    const { test, groupId } = world;
    const sam = await add('Sam');
    await add('alex');
    expect(await latestAudit(test)).toMatchObject({
      action: 'create',
      entity: 'participant',
      fields: ['consentOn', 'name'],
    });
    await test.call('updateParticipant', {
      groupId,
      id: sam.id,
      name: 'Sammy',
      consentOn: '2026-01-06',
    });
    const entry = await latestAudit(test);
    expect(entry).toMatchObject({ action: 'update', fields: ['consentOn', 'name'] });
    expect(JSON.stringify(entry)).not.toContain('Sammy');
    expect((await test.call('listParticipants', { groupId })).map((p) => p.name)).toEqual([
      'alex',
      'Sammy',
    ]);
  });

  it('keeps a participant on the roster up to the withdrawal date and off it from the day after', async () => {
    const { test, groupId } = world;
    const jo = await add('Jo', '2026-01-05');
    const before = await sessionOn('2026-01-04');
    const onConsentDay = await sessionOn('2026-01-05');
    const onWithdrawalDay = await sessionOn('2026-02-10');
    const dayAfter = await sessionOn('2026-02-11');
    await test.call('recordSession', {
      id: onWithdrawalDay,
      headcount: 3,
      newcomers: 0,
      attendedParticipantIds: [jo.id],
    });
    const withdrawn = await test.call('withdrawParticipantConsent', {
      groupId,
      id: jo.id,
      withdrawnOn: '2026-02-10',
    });
    expect(withdrawn.consentWithdrawnOn).toBe('2026-02-10');
    expect(await rosterNames(before)).toEqual([]);
    expect(await rosterNames(onConsentDay)).toEqual(['Jo']);
    expect(await rosterNames(onWithdrawalDay)).toEqual(['Jo']);
    expect(await rosterNames(dayAfter)).toEqual([]);
    // Kept on the attendance already recorded, and the record can still be edited with it.
    expect(await test.call('getSessionAttendance', { id: onWithdrawalDay })).toMatchObject({
      attendedParticipantIds: [jo.id],
    });
    await test.call('recordSession', {
      id: onWithdrawalDay,
      headcount: 4,
      newcomers: 0,
      attendedParticipantIds: [jo.id],
    });
    const error = await test.refuse('recordSession', {
      id: dayAfter,
      headcount: 3,
      newcomers: 0,
      attendedParticipantIds: [jo.id],
    });
    expect(error.fieldErrors).toEqual([
      { path: 'attendedParticipantIds.0', messageKey: 'sessionRecord.validation.notOnRoster' },
    ]);
    expect(await test.call('listParticipants', { groupId })).toEqual([]);
    expect(await test.call('listParticipants', { groupId, includeWithdrawn: true })).toHaveLength(
      1,
    );
  });

  it('refuses a withdrawal before consent, a second withdrawal, and consent moved past it', async () => {
    const { test, groupId } = world;
    const jo = await add('Jo', '2026-01-05');
    expect(
      await test.refuse('withdrawParticipantConsent', {
        groupId,
        id: jo.id,
        withdrawnOn: '2026-01-04',
      }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { path: 'withdrawnOn', messageKey: 'sessionRecord.validation.withdrawalBeforeConsent' },
      ],
    });
    await test.call('withdrawParticipantConsent', {
      groupId,
      id: jo.id,
      withdrawnOn: '2026-01-05',
    });
    expect(
      await test.refuse('withdrawParticipantConsent', {
        groupId,
        id: jo.id,
        withdrawnOn: '2026-03-01',
      }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'sessionRecord.errors.alreadyWithdrawn' });
    expect(
      await test.refuse('updateParticipant', {
        groupId,
        id: jo.id,
        name: 'Jo',
        consentOn: '2026-01-06',
      }),
    ).toMatchObject({ fieldErrors: [{ path: 'consentOn' }] });
    const [kept] = await test.call('listParticipants', { groupId, includeWithdrawn: true });
    expect(kept).toMatchObject({ consentOn: '2026-01-05', consentWithdrawnOn: '2026-01-05' });
  });

  it('refuses attendance for a participant of another group, and a participant named through another group', async () => {
    const { test, groupId, pastSessionId } = world;
    const other = await test.call(
      'createGroup',
      sampleGroup({ name: 'Other Circle', rosterMode: 'named_with_consent' }),
    );
    const stranger = await test.call('addParticipant', {
      groupId: other.id,
      name: 'Kim',
      consentOn: '2026-01-01',
    });
    expect(
      (
        await test.refuse('recordSession', {
          id: pastSessionId,
          headcount: 1,
          newcomers: 0,
          attendedParticipantIds: [stranger.id],
        })
      ).fieldErrors,
    ).toEqual([
      { path: 'attendedParticipantIds.0', messageKey: 'sessionRecord.validation.notOnRoster' },
    ]);
    expect(
      await test.refuse('updateParticipant', {
        groupId,
        id: stranger.id,
        name: 'X',
        consentOn: '2026-01-01',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records who came and shows it with the roster', async () => {
    const { test, pastSessionId } = world;
    const jo = await add('Jo');
    const sam = await add('Sam');
    await test.call('recordSession', {
      id: pastSessionId,
      headcount: 5,
      newcomers: 1,
      attendedParticipantIds: [sam.id, jo.id, sam.id],
    });
    expect(await test.call('getSessionAttendance', { id: pastSessionId })).toMatchObject({
      roster: [{ name: 'Jo' }, { name: 'Sam' }],
      attendedParticipantIds: [jo.id, sam.id],
    });
  });
});

describe('who sees a roster', () => {
  let world: RecordsWorld;

  beforeAll(async () => {
    world = await buildRecordsWorld({ rosterMode: 'named_with_consent' });
    const { test, mara, groupId } = world;
    for (const [username, role] of [
      ['cora', 'coordinator'],
      ['mara', 'facilitator'],
      ['fynn', 'facilitator'],
      ['una', 'facilitator'],
    ] as const) {
      await test.call('createUser', {
        username,
        displayName: username,
        password: SAMPLE_PASSWORD,
        role,
      });
    }
    const fynn = (await test.call('createVolunteer', { firstName: 'Fynn', lastName: 'Holm' })).id;
    const other = await test.call('createGroup', sampleGroup({ name: 'Other Circle' }));
    await test.call('assignFacilitator', { groupId: other.id, volunteerId: fynn, role: 'co' });
    await linkAccountToVolunteer(test, 'mara', mara);
    await linkAccountToVolunteer(test, 'fynn', fynn);
    await test.call('addParticipant', { groupId, name: 'Jo', consentOn: '2026-01-01' });
  });

  afterAll(() => world.test.cleanUp());

  it.each([
    ['admin', ADMIN.username, ADMIN.password],
    ['coordinator', 'cora', SAMPLE_PASSWORD],
    ["the group's own facilitator", 'mara', SAMPLE_PASSWORD],
  ])('shows the roster to %s', async (_who, username, password) => {
    const { test, groupId, pastSessionId } = world;
    await test.call('logIn', { username, password });
    expect((await test.call('listParticipants', { groupId })).map((p) => p.name)).toEqual(['Jo']);
    expect(await test.call('getSessionAttendance', { id: pastSessionId })).toMatchObject({
      roster: [{ name: 'Jo' }],
    });
  });

  it.each([
    ["another group's facilitator", 'fynn'],
    ['a facilitator linked to no volunteer', 'una'],
  ])('refuses the roster to %s without showing a name', async (_who, username) => {
    const { test, groupId, pastSessionId } = world;
    await test.call('logIn', { username, password: SAMPLE_PASSWORD });
    for (const [method, input] of [
      ['listParticipants', { groupId, includeWithdrawn: true }],
      ['getSessionAttendance', { id: pastSessionId }],
      ['addParticipant', { groupId, name: 'Eve', consentOn: '2026-01-01' }],
    ] as const) {
      const error = await test.refuse(method, input);
      expect(error.code).toBe('FORBIDDEN');
      expect(JSON.stringify(error)).not.toContain('Jo');
    }
  });
});
