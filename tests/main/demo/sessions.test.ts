import { loadDemoCentre, type DemoCentre } from '../../../main/demo/load-centre';
import { RECENT_DAYS } from '../../../main/demo/session-history';
import { addDays } from '../../../shared/domain/civil-dates';
import { ADMIN, createSetUpCore, type TestCore } from '../../support/temp-core';

const TODAY = '2026-11-30';
// Noon in London on TODAY.
const NOW = Date.UTC(2026, 10, 30, 12);
const ACCOUNT = { username: ADMIN.username, password: ADMIN.password };
const HISTORY_START = addDays(TODAY, -56);

jest.setTimeout(60_000);

/** What the demo sessions look like through the API: every past session, closure and incident. */
async function history(test: TestCore) {
  const sessions = await test.call('listSessions', {
    from: HISTORY_START,
    to: addDays(TODAY, 200),
  });
  return {
    sessions: sessions.map(({ startsAt, ...row }) => ({ ...row, startsAt: startsAt.slice(0, 16) })),
    closures: await test.call('listClosures', {}),
    incidents: await test.call('listIncidents', { status: null }),
  };
}

describe('demo sessions (small)', () => {
  let test: TestCore;
  let centre: DemoCentre;

  beforeAll(async () => {
    test = await createSetUpCore(() => NOW);
    centre = await loadDemoCentre(test.core, test.call, 'small', ACCOUNT, TODAY);
  });
  afterAll(() => test.cleanUp());

  it('gives the last eight weeks sessions, recorded unless cancelled or only days old', async () => {
    const past = await test.call('listSessions', { from: HISTORY_START, to: addDays(TODAY, -1) });
    expect(past.filter((s) => !s.isExtra)).toHaveLength(centre.sessions.pastSessions);
    expect(centre.sessions.pastSessions).toBeGreaterThan(50);
    const settled = past.filter(
      (s) => s.localDate < addDays(TODAY, -RECENT_DAYS) && s.status !== 'cancelled',
    );
    expect(settled.length).toBeGreaterThan(30);
    expect(settled.every((s) => s.status === 'held' && s.hasRecord)).toBe(true);
    expect(past.some((s) => s.isExtra && s.hasRecord)).toBe(true);
    expect(centre.sessions.recorded).toBe(past.filter((s) => s.hasRecord).length);
    // Recent ones still waiting for their record make the "needs a record" list.
    const needsRecord = await test.call('listNeedsRecord', {});
    expect(needsRecord.length).toBeGreaterThan(0);
    expect(needsRecord.every((s) => s.localDate >= addDays(TODAY, -RECENT_DAYS))).toBe(true);
  });

  it('has a past building closure and upcoming bank holidays, none in the next six weeks', async () => {
    const closures = await test.call('listClosures', {});
    expect(closures.some((c) => c.locationId !== null && c.endsOn < TODAY)).toBe(true);
    expect(closures.some((c) => c.locationId === null && c.startsOn > TODAY)).toBe(true);
    const soon = await test.call('listSessions', { from: TODAY, to: addDays(TODAY, 41) });
    expect(soon.every((s) => s.status === 'scheduled')).toBe(true);
  });

  it('keeps a named roster whose participants are ticked as attending', async () => {
    const groupIndex = centre.data.groups.findIndex(
      (g) => g.group.rosterMode === 'named_with_consent' && g.group.status === 'active',
    );
    const groups = await test.call('listGroups', {});
    const group = groups.find((g) => g.name === centre.data.groups[groupIndex]!.group.name)!;
    const participants = await test.call('listParticipants', {
      groupId: group.id,
      includeWithdrawn: true,
    });
    expect(participants.length).toBeGreaterThanOrEqual(6);
    const held = (
      await test.call('listSessions', {
        from: HISTORY_START,
        to: TODAY,
        groupId: group.id,
        status: 'held',
      })
    ).at(-1)!;
    const attendance = await test.call('getSessionAttendance', { id: held.id });
    expect(attendance.attendedParticipantIds.length).toBeGreaterThan(0);
  });

  it('has incidents in every status, each filed by a facilitator account', async () => {
    const incidents = await test.call('listIncidents', { status: null });
    expect(incidents).toHaveLength(centre.sessions.incidents);
    expect(new Set(incidents.map((i) => i.status))).toEqual(
      new Set(['open', 'actioned', 'closed']),
    );
    expect(incidents.every((i) => i.reportedByName === 'Facilitator (demo)')).toBe(true);
    await test.call('logIn', { username: 'facilitator', password: ADMIN.password });
    expect(await test.call('listIncidents', { status: null })).toHaveLength(incidents.length);
    await test.call('logIn', ACCOUNT);
  });

  it('is the same every time for the same day', async () => {
    const again = await createSetUpCore(() => NOW);
    try {
      await loadDemoCentre(again.core, again.call, 'small', ACCOUNT, TODAY);
      expect(await history(again)).toEqual(await history(test));
    } finally {
      await again.cleanUp();
    }
  });
});
