import {
  addLeadTrainingLapsingAfterJune19,
  addReadyAndExpiredVolunteers,
  PEOPLE_NOW,
} from '../../support/people';
import { fullVolunteer } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

// PEOPLE_NOW is Monday 15 June 2026, 13:00 in London: day 14 ahead is Monday 29 June.

describe('coverage gaps and conflicts', () => {
  let test: SetUpCore;
  let ready: { id: number };
  let expired: { id: number };
  let groupCount = 0;

  beforeEach(async () => {
    groupCount = 0;
    test = await createSetUpCore(() => PEOPLE_NOW);
    ({ ready, expired } = await addReadyAndExpiredVolunteers(test));
  });

  afterEach(() => test.cleanUp());

  /** A group with no generated sessions near June 2026, led by `lead` if given. */
  const group = async (lead: number | null = null, overrideReason = '') => {
    groupCount += 1;
    const { id } = await test.call(
      'createGroup',
      sampleGroup({ name: `Circle ${groupCount}`, startDate: '2030-01-03' }),
    );
    if (lead !== null) {
      await test.call('assignFacilitator', {
        groupId: id,
        volunteerId: lead,
        role: 'lead',
        overrideReason,
      });
    }
    return id;
  };
  const gaps = async () =>
    (await test.call('listCoverageGaps', {})).map((g) => [g.groupName, g.localDate, g.reason]);
  const conflicts = async () =>
    (await test.call('listCoverConflicts', {})).map((c) => [
      c.kind,
      c.sessionId,
      c.volunteerName,
      c.otherSessionId,
    ]);

  it('lists sessions through day 14 with no lead or a lead not ready, and leaves day 15 out', async () => {
    const empty = await group();
    await insertSession(test, { groupId: empty, localDate: '2026-06-29' });
    await insertSession(test, { groupId: empty, localDate: '2026-06-30' });
    const notReady = await group(expired.id, 'Nobody else this month.');
    await insertSession(test, { groupId: notReady, localDate: '2026-06-16' });
    const covered = await group(ready.id);
    await insertSession(test, { groupId: covered, localDate: '2026-06-17' });
    expect(await gaps()).toEqual([
      ['Circle 2', '2026-06-16', 'lead_not_ready'],
      ['Circle 1', '2026-06-29', 'no_lead'],
    ]);
    expect((await test.call('listCoverageGaps', { days: 15 })).map((g) => g.localDate)).toContain(
      '2026-06-30',
    );
  });

  it('sees a gap on the day a lead’s training has lapsed, and none on its last valid day', async () => {
    await addLeadTrainingLapsingAfterJune19(test, ready.id);
    const groupId = await group(ready.id);
    await insertSession(test, { groupId, localDate: '2026-06-19' });
    await insertSession(test, { groupId, localDate: '2026-06-20' });
    expect(await gaps()).toEqual([['Circle 1', '2026-06-20', 'lead_not_ready']]);
  });

  it('leaves out a session of today that has already ended', async () => {
    const empty = await group();
    await insertSession(test, { groupId: empty, localDate: '2026-06-15', localStart: '10:00' });
    const later = await insertSession(test, {
      groupId: empty,
      localDate: '2026-06-15',
      localStart: '18:00',
    });
    const found = await test.call('listCoverageGaps', {});
    expect(found.map((g) => g.sessionId)).toContain(later);
    expect(found.map((g) => g.localStart)).not.toContain('10:00');
  });

  it('follows a list chosen for the session rather than the group’s', async () => {
    const groupId = await group(ready.id);
    const sessionId = await insertSession(test, { groupId, localDate: '2026-06-18' });
    await test.call('setSessionFacilitators', {
      id: sessionId,
      facilitators: [{ volunteerId: ready.id, role: 'co' }],
    });
    expect(await gaps()).toEqual([['Circle 1', '2026-06-18', 'no_lead']]);
  });

  it('finds one volunteer in two overlapping sessions, but not in two that only touch', async () => {
    const [a, b, c] = [await group(ready.id), await group(ready.id), await group(ready.id)];
    // Tuesday 16 June, inside Mara's Tuesday 17:00–21:00: 17:00–18:30 and 18:00–19:30 overlap.
    const first = await insertSession(test, {
      groupId: a,
      localDate: '2026-06-16',
      localStart: '17:00',
    });
    const second = await insertSession(test, {
      groupId: b,
      localDate: '2026-06-16',
      localStart: '18:00',
    });
    expect(await conflicts()).toEqual([
      ['overlap', first, 'Mara Okafor', second],
      ['overlap', second, 'Mara Okafor', first],
    ]);
    await test.call('setSessionFacilitators', { id: second, facilitators: [] });
    // 18:30–20:00 starts the minute 17:00–18:30 ends.
    await insertSession(test, { groupId: c, localDate: '2026-06-16', localStart: '18:30' });
    expect(await conflicts()).toEqual([]);
  });

  it('gives a session its clash with the longest session that started hours before it', async () => {
    const [a, b, c] = [await group(ready.id), await group(ready.id), await group(ready.id)];
    // Tuesday 16 June: 08:00–18:00 (the longest a session may be) and 17:30–19:00 overlap.
    const long = await insertSession(test, {
      groupId: a,
      localDate: '2026-06-16',
      localStart: '08:00',
      durationMinutes: 600,
    });
    const evening = await insertSession(test, {
      groupId: b,
      localDate: '2026-06-16',
      localStart: '17:30',
    });
    // The day after, at the same hour: the same volunteer, but no clash with either.
    await insertSession(test, { groupId: c, localDate: '2026-06-17', localStart: '17:30' });
    const own = async (sessionId: number) =>
      (await test.call('listCoverConflicts', { sessionId })).filter((x) => x.kind === 'overlap');
    expect(await own(evening)).toEqual([
      expect.objectContaining({ sessionId: evening, otherSessionId: long }),
    ]);
    expect(await own(long)).toEqual([
      expect.objectContaining({ sessionId: long, otherSessionId: evening }),
    ]);
    expect(await test.call('listCoverConflicts', { sessionId: 999_999 })).toEqual([]);
  });

  it('finds a session outside the volunteer’s weekly hours, the slot’s edges included', async () => {
    const groupId = await group(ready.id);
    const inside = async (localDate: string, localStart: string, durationMinutes: number) => {
      const sessionId = await insertSession(test, {
        groupId,
        localDate,
        localStart,
        durationMinutes,
      });
      const found = (await test.call('listCoverConflicts', {})).filter(
        (c) => c.sessionId === sessionId,
      );
      return found.length === 0;
    };
    // Mara gave Tuesdays 17:00–21:00.
    expect(await inside('2026-06-16', '17:00', 240)).toBe(true);
    expect(await inside('2026-06-23', '16:59', 60)).toBe(false);
    expect(await inside('2026-06-23', '20:00', 61)).toBe(false);
    expect(await inside('2026-06-17', '18:00', 60)).toBe(false);
    expect((await test.call('listCoverConflicts', {})).map((c) => c.kind)).toEqual([
      'outside_availability',
      'outside_availability',
      'outside_availability',
    ]);
  });

  it('raises no availability conflict for a volunteer who gave no hours', async () => {
    const free = await test.call(
      'createVolunteer',
      fullVolunteer({ firstName: 'Ines', availability: [] }),
    );
    const groupId = await group();
    await test.call('assignFacilitator', { groupId, volunteerId: free.id, role: 'backup' });
    await insertSession(test, { groupId, localDate: '2026-06-20', localStart: '09:00' });
    expect((await test.call('listCoverConflicts', {})).map((c) => c.kind)).not.toContain(
      'outside_availability',
    );
  });

  it('finds a volunteer not ready for their role in the session', async () => {
    const groupId = await group(ready.id);
    await test.call('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' });
    const sessionId = await insertSession(test, {
      groupId,
      localDate: '2026-06-16',
      localStart: '18:00',
    });
    expect(await conflicts()).toEqual([['not_ready', sessionId, 'Jonas Berg', null]]);
  });

  it('sends the dashboard the soonest 100 conflicts, and a session its own whatever their place', async () => {
    const groupId = await group(ready.id);
    await test.call('assignFacilitator', { groupId, volunteerId: expired.id, role: 'co' });
    // Ten meetings a day for eleven days: 110 sessions, Jonas not ready for any of them.
    const sessionIds: number[] = [];
    for (let day = 16; day <= 26; day += 1) {
      for (let hour = 8; hour < 18; hour += 1) {
        sessionIds.push(
          await insertSession(test, {
            groupId,
            localDate: `2026-06-${day}`,
            localStart: `${String(hour).padStart(2, '0')}:00`,
            durationMinutes: 30,
          }),
        );
      }
    }
    const firstHundred = await test.call('listCoverConflicts', {});
    expect(firstHundred).toHaveLength(100);
    // Soonest first: the sessions they are about are the first ones, in order.
    const about = [...new Set(firstHundred.map((c) => c.sessionId))];
    expect(about).toEqual(sessionIds.slice(0, about.length));
    expect(about.length).toBeLessThan(sessionIds.length);
    const last = sessionIds.at(-1)!;
    const lastOnes = await test.call('listCoverConflicts', { sessionId: last });
    expect(lastOnes).toContainEqual(
      expect.objectContaining({ kind: 'not_ready', sessionId: last, volunteerName: 'Jonas Berg' }),
    );
    expect(lastOnes.every((c) => c.sessionId === last)).toBe(true);
    const firstOnes = await test.call('listCoverConflicts', { sessionId: sessionIds[0]! });
    expect(firstOnes).toEqual(firstHundred.filter((c) => c.sessionId === sessionIds[0]));
  });
});
