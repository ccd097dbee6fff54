import { linkAccountToVolunteer } from '../../support/people';
import { SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { sampleGroup } from '../../support/temp-core';
import { buildRecordsWorld, updateSessionRaw, type RecordsWorld } from './records-world';

// "Needs a record": sessions that are over, still scheduled, and nobody has recorded.

describe('the needs-a-record list', () => {
  let world: RecordsWorld;

  beforeEach(async () => {
    world = await buildRecordsWorld();
  });

  afterEach(() => world.test.cleanUp());

  const session = (localDate: string, localStart: string, durationMinutes = 60) =>
    insertSession(world.test, { groupId: world.groupId, localDate, localStart, durationMinutes });

  const listed = async () => (await world.test.call('listNeedsRecord', {})).map((s) => s.id);

  it('lists a session that ended a minute ago but not one still running, newest first', async () => {
    // Now is 12:00 on 10 March 2026 (GMT).
    const endedMinuteAgo = await session('2026-03-10', '10:59');
    const stillRunning = await session('2026-03-10', '11:30');
    const endsNow = await session('2026-03-10', '11:00');
    const ids = await listed();
    expect(ids).toEqual([endsNow, endedMinuteAgo, world.pastSessionId]);
    expect(ids).not.toContain(stillRunning);
  });

  it('reaches back 90 days and no further', async () => {
    const inside = await session('2025-12-11', '12:00');
    const outside = await session('2025-12-10', '11:59');
    const ids = await listed();
    expect(ids).toContain(inside);
    expect(ids).not.toContain(outside);
  });

  it('leaves out cancelled sessions and those with a record, which drops off once recorded', async () => {
    const { test, pastSessionId } = world;
    const cancelled = await session('2026-03-02', '18:00');
    await updateSessionRaw(test, cancelled, "status = 'cancelled', cancel_reason = 'Snow'");
    const [row] = await test.call('listNeedsRecord', {});
    expect(row).toMatchObject({
      id: pastSessionId,
      groupName: 'Thursday Grief Circle',
      localDate: '2026-03-09',
      localStart: '18:30',
      status: 'scheduled',
    });
    await test.call('recordSession', { id: pastSessionId, headcount: 4, newcomers: 0 });
    expect(await listed()).toEqual([]);
  });

  it('shows a facilitator only the sessions of their own groups, and staff all of them', async () => {
    const { test, mara } = world;
    const other = await test.call('createGroup', sampleGroup({ name: 'Other Circle' }));
    const otherSession = await insertSession(test, { groupId: other.id, localDate: '2026-03-08' });
    await test.call('createUser', {
      username: 'mara',
      displayName: 'Mara',
      password: SAMPLE_PASSWORD,
      role: 'facilitator',
    });
    await linkAccountToVolunteer(test, 'mara', mara);
    expect(await listed()).toEqual([world.pastSessionId, otherSession]);
    await test.call('logIn', { username: 'mara', password: SAMPLE_PASSWORD });
    expect(await listed()).toEqual([world.pastSessionId]);
  });
});
