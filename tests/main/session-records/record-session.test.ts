import { insertSession } from '../../support/sessions';
import {
  buildRecordsWorld,
  latestAudit,
  updateSessionRaw,
  type RecordsWorld,
} from './records-world';

// Recording a session afterwards: what it stores, what it freezes, and what it refuses.

describe('recording a session', () => {
  let world: RecordsWorld;

  beforeEach(async () => {
    world = await buildRecordsWorld();
  });

  afterEach(() => world.test.cleanUp());

  const record = (overrides: Record<string, unknown> = {}) => ({
    id: world.pastSessionId,
    headcount: 8,
    newcomers: 2,
    notes: 'Quiet start; Sam led the check-in.',
    hours: [
      { volunteerId: world.mara, hours: 2 },
      { volunteerId: world.jonas, hours: 1.5 },
    ],
    ...overrides,
  });

  /** What a refused record must leave as it was. */
  const snapshot = async () => ({
    session: await world.test.call('getSession', { id: world.pastSessionId }),
    attendance: await world.test.call('getSessionAttendance', { id: world.pastSessionId }),
    audit: await world.test.core.vault.store.audit.latest(1),
  });

  it('marks the session held with headcount, newcomers, notes, who recorded it and when', async () => {
    const saved = await world.test.call('recordSession', record());
    expect(saved).toMatchObject({
      status: 'held',
      headcount: 8,
      newcomers: 2,
      notes: 'Quiet start; Sam led the check-in.',
      recordedAt: '2026-03-10T12:00:00.000Z',
      hasRecord: true,
    });
  });

  it('counts as recorded once recorded, even with no one counted and no notes', async () => {
    const { test, pastSessionId } = world;
    expect(await test.call('getSession', { id: pastSessionId })).toMatchObject({
      hasRecord: false,
    });
    await test.call('recordSession', record({ headcount: 0, newcomers: 0, notes: '' }));
    expect(await test.call('getSession', { id: pastSessionId })).toMatchObject({ hasRecord: true });
  });

  it('stores hours per facilitator on a frozen copy of the group’s facilitators', async () => {
    const { test, groupId, mara, jonas, pastSessionId } = world;
    await test.call('recordSession', record());
    // The group changes afterwards: the session keeps who was there, and their hours.
    await test.call('removeFacilitator', { groupId, volunteerId: jonas });
    const { facilitators } = await test.call('getSessionAttendance', { id: pastSessionId });
    expect(facilitators).toEqual([
      { volunteerId: mara, displayName: 'Mara Okafor', role: 'co', hours: 2 },
      { volunteerId: jonas, displayName: 'Jonas Berg', role: 'co', hours: 1.5 },
    ]);
  });

  it('edits the record when recorded again, and logs only the names of the fields that changed', async () => {
    const { test } = world;
    await test.call('recordSession', record());
    expect(await latestAudit(test)).toMatchObject({
      action: 'record',
      entity: 'session',
      entityId: world.pastSessionId,
      fields: ['headcount', 'hours', 'newcomers', 'notes', 'status'],
    });
    const edited = await test.call(
      'recordSession',
      record({ headcount: 9, notes: 'Changed.', hours: [{ volunteerId: world.mara, hours: 2 }] }),
    );
    expect(edited).toMatchObject({ headcount: 9, notes: 'Changed.' });
    const entry = await latestAudit(test);
    expect(entry?.fields).toEqual(['headcount', 'hours', 'notes']);
    expect(JSON.stringify(entry)).not.toContain('Changed.');
    const { facilitators } = await test.call('getSessionAttendance', { id: world.pastSessionId });
    expect(facilitators.map((f) => f.hours)).toEqual([2, null]);
  });

  it('records a session that started a minute ago and is still running', async () => {
    const { test, groupId, clock } = world;
    const id = await insertSession(test, { groupId, localDate: '2026-03-10', localStart: '11:59' });
    expect(clock.now()).toBe(Date.UTC(2026, 2, 10, 12, 0));
    expect(await test.call('recordSession', record({ id }))).toMatchObject({ status: 'held' });
  });

  it('refuses a session that has not started yet, changing nothing', async () => {
    const { test, groupId } = world;
    const id = await insertSession(test, { groupId, localDate: '2026-03-10', localStart: '12:01' });
    const before = await test.call('getSession', { id });
    expect(await test.refuse('recordSession', record({ id }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'sessionRecord.errors.notStarted',
    });
    expect(await test.call('getSession', { id })).toEqual(before);
  });

  it('refuses a cancelled session, changing nothing', async () => {
    const { test, pastSessionId } = world;
    await updateSessionRaw(test, pastSessionId, "status = 'cancelled', cancel_reason = 'Snow'");
    const before = await snapshot();
    expect(await test.refuse('recordSession', record())).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'sessionRecord.errors.cancelled',
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a negative headcount', { headcount: -1, newcomers: 0 }, 'headcount'],
    ['negative newcomers', { newcomers: -1 }, 'newcomers'],
    ['more newcomers than people', { headcount: 3, newcomers: 4 }, 'newcomers'],
    ['negative hours', { hours: [{ volunteerId: 1, hours: -0.5 }] }, 'hours.0.hours'],
  ])('refuses %s, naming the field and changing nothing', async (_what, overrides, path) => {
    const before = await snapshot();
    const error = await world.test.refuse('recordSession', record(overrides));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors?.map((e) => e.path)).toContain(path);
    expect(await snapshot()).toEqual(before);
  });

  it('asks before a headcount above the group’s capacity, and saves it once confirmed', async () => {
    const { test } = world;
    expect(await test.call('recordSession', record({ headcount: 10 }))).toMatchObject({
      headcount: 10,
    });
    const before = await snapshot();
    expect(await test.refuse('recordSession', record({ headcount: 11 }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'sessionRecord.errors.overCapacity',
      params: { capacity: 10 },
    });
    expect(await snapshot()).toEqual(before);
    const saved = await test.call(
      'recordSession',
      record({ headcount: 11, isOverCapacityConfirmed: true }),
    );
    expect(saved.headcount).toBe(11);
  });

  it('refuses hours for someone who does not facilitate the session, or twice for one person', async () => {
    const { test, mara } = world;
    const outsider = (await test.call('createVolunteer', { firstName: 'Ola', lastName: 'Nor' })).id;
    const before = await snapshot();
    for (const hours of [
      [{ volunteerId: outsider, hours: 1 }],
      [
        { volunteerId: mara, hours: 1 },
        { volunteerId: mara, hours: 2 },
      ],
    ]) {
      const error = await test.refuse('recordSession', record({ hours }));
      expect(error.fieldErrors).toEqual([
        {
          path: `hours.${hours.length - 1}.volunteerId`,
          messageKey: 'sessionRecord.validation.notFacilitator',
        },
      ]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses attendance for a group that keeps anonymous counts', async () => {
    const { test, groupId } = world;
    const jo = await test.call('addParticipant', { groupId, name: 'Jo', consentOn: '2026-01-01' });
    const error = await test.refuse('recordSession', record({ attendedParticipantIds: [jo.id] }));
    expect(error.fieldErrors).toEqual([
      { path: 'attendedParticipantIds', messageKey: 'sessionRecord.validation.noRoster' },
    ]);
  });
});
