import { PEOPLE_NOW } from '../../support/people';
import { fullVolunteer } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

// Coverage gaps and conflicts read a window's sessions once and give each of them its group's
// list, read once per group (facilitatorsOfSessions), where the rota and a single session ask
// SQL for a row per session and facilitator (facilitatorsOf). Both must name the same people in
// the same order: by session, lead first, then co, then backup, each in the order added.

describe("a window's facilitators", () => {
  let test: TestCore;
  const sessionIds: number[] = [];

  beforeAll(async () => {
    test = await createSetUpCore(() => PEOPLE_NOW);
    const people: number[] = [];
    for (const name of ['Ada', 'Bea', 'Cai', 'Dov', 'Eli']) {
      people.push((await test.call('createVolunteer', fullVolunteer({ firstName: name }))).id);
    }
    const [ada, bea, cai, dov, eli] = people as [number, number, number, number, number];
    // Added backup first, lead last: the order in force is by role, then by when added.
    const groups: number[] = [];
    const lists = [
      [
        [cai, 'backup'],
        [bea, 'co'],
        [ada, 'lead'],
        [dov, 'co'],
      ],
      [[eli, 'lead']],
      [],
    ] as const;
    for (const [index, list] of lists.entries()) {
      const { id } = await test.call(
        'createGroup',
        sampleGroup({ name: `Circle ${index}`, startDate: '2030-01-03' }),
      );
      for (const [volunteerId, role] of list) {
        await test.call('assignFacilitator', { groupId: id, volunteerId, role });
      }
      groups.push(id);
    }
    for (const [day, groupId] of [
      ['2026-06-18', groups[1]],
      ['2026-06-16', groups[0]],
      ['2026-06-17', groups[2]],
      ['2026-06-19', groups[0]],
      ['2026-06-22', groups[1]],
      ['2026-06-23', groups[0]],
    ] as const) {
      sessionIds.push(await insertSession(test, { groupId: groupId!, localDate: day }));
    }
    // Two sessions with their own lists (one of them empty), the others their group's.
    await test.call('setSessionFacilitators', {
      id: sessionIds[3]!,
      facilitators: [
        { volunteerId: eli, role: 'co' },
        { volunteerId: bea, role: 'lead' },
      ],
    });
    await test.call('setSessionFacilitators', { id: sessionIds[4]!, facilitators: [] });
  });

  afterAll(() => test.cleanUp());

  it('are those facilitatorsOf finds for the same sessions, in its order', async () => {
    const cover = test.core.vault.store.sessionCover;
    const window = { from: '2026-06-15', to: '2026-06-29' };
    const sessions = await cover.scheduledBetween(window.from, window.to, '2026-06-15T00:00:00Z');
    expect(sessions).toHaveLength(6);
    expect(sessions.filter((s) => s.hasOwnFacilitators)).toHaveLength(2);

    const found = await cover.facilitatorsOfSessions(sessions);

    expect(found).toEqual(await cover.facilitatorsOf(window));
    const firstOfCircle0 = found.filter((f) => f.sessionId === sessionIds[1]);
    expect(firstOfCircle0.map((f) => f.role)).toEqual(['lead', 'co', 'co', 'backup']);
    expect(found.filter((f) => f.sessionId === sessionIds[3]).map((f) => f.role)).toEqual([
      'lead',
      'co',
    ]);
    expect(found.filter((f) => f.sessionId === sessionIds[4])).toEqual([]);
  });

  it('leave out sessions not asked about, and find nobody for none', async () => {
    const cover = test.core.vault.store.sessionCover;
    const sessions = await cover.scheduledBetween(
      '2026-06-18',
      '2026-06-18',
      '2026-06-15T00:00:00Z',
    );
    expect(await cover.facilitatorsOfSessions(sessions)).toEqual(
      await cover.facilitatorsOf({ from: '2026-06-18', to: '2026-06-18' }),
    );
    expect(await cover.facilitatorsOfSessions([])).toEqual([]);
  });
});
