import { PEOPLE_NOW } from '../../support/people';
import { fullVolunteer, SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

// The rota of a period (issue 11): every session with its group, time, place and facilitators
// in force, and those people with what the contact sheet prints. The test core's organisation
// is in Europe/London; PEOPLE_NOW is Monday 15 June 2026.

describe('listRota', () => {
  let test: SetUpCore;

  beforeEach(async () => {
    test = await createSetUpCore(() => PEOPLE_NOW);
  });

  afterEach(() => test.cleanUp());

  const volunteer = (firstName: string, phone: string) =>
    test.call(
      'createVolunteer',
      fullVolunteer({ firstName, lastName: 'Rivera', preferredName: '', phone }),
    );

  /** A group whose schedule starts in 2030, so only the sessions a test inserts exist. */
  const group = async (name: string, facilitators: [number, 'lead' | 'co' | 'backup'][] = []) => {
    const { id } = await test.call('createGroup', sampleGroup({ name, startDate: '2030-01-03' }));
    for (const [volunteerId, role] of facilitators) {
      await test.call('assignFacilitator', { groupId: id, volunteerId, role });
    }
    return id;
  };

  const rota = (from = '2026-06-15', to = '2026-06-21') => test.call('listRota', { from, to });

  it('lists every session of the period, its first and last days included, with time and place', async () => {
    const { id: locationId } = await test.call('createLocation', { name: 'Main Hall' });
    const groupId = await group('Grief Café');
    await insertSession(test, { groupId, localDate: '2026-06-14' });
    const first = await insertSession(test, {
      groupId,
      localDate: '2026-06-15',
      localStart: '10:00',
      durationMinutes: 120,
      locationId,
      room: 'Room 2',
    });
    const last = await insertSession(test, { groupId, localDate: '2026-06-21' });
    await insertSession(test, { groupId, localDate: '2026-06-22' });
    const { sessions } = await rota();
    expect(sessions).toEqual([
      expect.objectContaining({
        id: first,
        groupName: 'Grief Café',
        localDate: '2026-06-15',
        localStart: '10:00',
        localEnd: '12:00',
        locationName: 'Main Hall',
        room: 'Room 2',
        status: 'scheduled',
      }),
      expect.objectContaining({ id: last, localStart: '18:30', localEnd: '20:00' }),
    ]);
  });

  it("takes a session's own facilitators when chosen, else its group's, lead first", async () => {
    const ana = await volunteer('Ana', '0100 000 001');
    const ben = await volunteer('Ben', '0100 000 002');
    const cai = await volunteer('Cai', '0100 000 003');
    const groupId = await group('Carers Circle', [
      [ben.id, 'co'],
      [ana.id, 'lead'],
      [cai.id, 'backup'],
    ]);
    const usual = await insertSession(test, { groupId, localDate: '2026-06-16' });
    const ownList = await insertSession(test, { groupId, localDate: '2026-06-18' });
    await test.call('setSessionFacilitators', {
      id: ownList,
      facilitators: [{ volunteerId: cai.id, role: 'lead' }],
    });
    const { sessions, people } = await rota();
    expect(sessions.map((s) => [s.id, s.facilitators])).toEqual([
      [
        usual,
        [
          { volunteerId: ana.id, role: 'lead' },
          { volunteerId: ben.id, role: 'co' },
          { volunteerId: cai.id, role: 'backup' },
        ],
      ],
      [ownList, [{ volunteerId: cai.id, role: 'lead' }]],
    ]);
    expect(people.map((p) => [p.displayName, p.phone]).sort()).toEqual([
      ['Ana Rivera', '0100 000 001'],
      ['Ben Rivera', '0100 000 002'],
      ['Cai Rivera', '0100 000 003'],
    ]);
    // What the contact sheet prints, and nothing more of the record.
    expect(Object.keys(people[0]!).sort()).toEqual([
      'displayName',
      'email',
      'isErased',
      'languages',
      'phone',
      'status',
      'volunteerId',
    ]);
  });

  it('keeps cancelled and held sessions, each marked, the cancelled one with its reason', async () => {
    const ana = await volunteer('Ana', '0100 000 001');
    const groupId = await group('Grief Café', [[ana.id, 'lead']]);
    const held = await insertSession(test, {
      groupId,
      localDate: '2026-06-15',
      localStart: '09:00',
    });
    await test.call('recordSession', { id: held, headcount: 6, newcomers: 1 });
    const cancelled = await insertSession(test, { groupId, localDate: '2026-06-17' });
    await test.call('cancelSession', { id: cancelled, reason: 'Boiler repairs' });
    const { sessions } = await rota();
    expect(sessions.map((s) => [s.id, s.status, s.cancelReason, s.facilitators.length])).toEqual([
      [held, 'held', '', 1],
      [cancelled, 'cancelled', 'Boiler repairs', 1],
    ]);
  });

  it('shows an erased volunteer as erased with nothing of theirs, and an inactive one as inactive', async () => {
    const ana = await volunteer('Ana', '0100 000 001');
    const ben = await volunteer('Ben', '0100 000 002');
    const groupId = await group('Grief Café', [[ben.id, 'lead']]);
    const sessionId = await insertSession(test, { groupId, localDate: '2026-06-16' });
    await test.call('setSessionFacilitators', {
      id: sessionId,
      facilitators: [
        { volunteerId: ben.id, role: 'lead' },
        { volunteerId: ana.id, role: 'co' },
      ],
    });
    await test.call('eraseVolunteer', { id: ana.id, confirmName: 'Ana Rivera' });
    await test.call('deactivateVolunteer', { id: ben.id });
    const { people } = await rota();
    const byId = new Map(people.map((p) => [p.volunteerId, p]));
    expect(byId.get(ana.id)).toEqual({
      volunteerId: ana.id,
      displayName: '',
      status: 'inactive',
      isErased: true,
      phone: '',
      email: '',
      languages: [],
    });
    expect(byId.get(ben.id)).toMatchObject({ displayName: 'Ben Rivera', status: 'inactive' });
  });

  it('refuses a period longer than three months, and takes one of 92 days', async () => {
    const error = await test.refuse('listRota', { from: '2026-07-01', to: '2026-10-01' });
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: 'to', messageKey: 'validation.rotaTooLong' }],
    });
    expect(await rota('2026-07-01', '2026-09-30')).toMatchObject({ sessions: [], people: [] });
  });

  it('is refused to a facilitator', async () => {
    await test.call('createUser', {
      username: 'fran',
      displayName: 'Fran Facilitator',
      role: 'facilitator',
      password: SAMPLE_PASSWORD,
    });
    await test.call('logIn', { username: 'fran', password: SAMPLE_PASSWORD });
    expect((await test.refuse('listRota', { from: '2026-06-15', to: '2026-06-21' })).code).toBe(
      'FORBIDDEN',
    );
  });
});
