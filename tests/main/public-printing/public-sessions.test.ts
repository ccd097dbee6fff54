import { readFileSync, writeFileSync } from 'node:fs';
import type { PublicPrinting, PublicSnapshot } from '../../../shared/domain/public-snapshot';
import { publicSnapshotPath } from '../../../main/public-printing/public-snapshot';
import { SessionQueriesRepository } from '../../../main/store/session-queries-repository';
import { manualClock, type ManualClock } from '../../support/clock';
import { createSetUpCore, sampleGroup } from '../../support/temp-core';

// The print station's calendar: the listed groups' meetings from the first of this month to three
// months ahead, cancelled ones marked, with a closure's reason but never one typed for a meeting.

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const MARKER = 'SECRET-xyz';
/** Thursday 8 January 2026, midday in London. */
const START = Date.UTC(2026, 0, 8, 12, 0);

function readySnapshot(printing: PublicPrinting): PublicSnapshot {
  if (printing.status !== 'ready') throw new Error(`public printing is ${printing.status}`);
  return printing.snapshot;
}

const snapshotOf = async (test: SetUpCore) =>
  readySnapshot(await test.call('getPublicSnapshot', {}));

/** The snapshot's meetings as "group name date time", cancelled ones with their closure. */
const meetingsOf = (snapshot: PublicSnapshot) =>
  snapshot.sessions.map((s) =>
    [
      snapshot.groups[s.group]!.name,
      s.date,
      `${s.startTime}-${s.endTime}`,
      s.isCancelled ? `cancelled(${s.closure})` : '',
    ]
      .join(' ')
      .trim(),
  );

describe('the meetings in the public snapshot', () => {
  let test: SetUpCore;
  let clock: ManualClock;
  let hallId: number;
  let annexId: number;

  beforeEach(async () => {
    clock = manualClock(START);
    test = await createSetUpCore(clock.now);
    hallId = (await test.call('createLocation', { name: 'Main Hall' })).id;
    annexId = (await test.call('createLocation', { name: 'Annex' })).id;
    await test.call(
      'createGroup',
      sampleGroup({ isListedPublicly: true, status: 'active', startDate: '2026-01-08' }),
    );
    await test.call(
      'createGroup',
      sampleGroup({
        name: `Annex Circle ${MARKER}`,
        format: 'in_person',
        onlineLink: '',
        locationId: annexId,
        isListedPublicly: false,
        status: 'active',
        schedule: { rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '10:00', durationMinutes: 60 },
      }),
    );
  });

  afterEach(() => test.cleanUp());

  const sessionOn = async (date: string) => {
    const [session] = await test.call('listSessions', { from: date, to: date });
    return session!;
  };

  it('holds the listed groups’ meetings from the first of this month to three months ahead', async () => {
    const snapshot = await snapshotOf(test);
    expect(snapshot.version).toBe(4);
    expect(snapshot.sessionWindow).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    const meetings = meetingsOf(snapshot);
    // Every Thursday from the group's start to the end of April; the unlisted group not at all.
    expect(meetings).toHaveLength(17);
    expect(meetings[0]).toBe('Thursday Grief Circle 2026-01-08 19:00-20:30');
    expect(meetings.at(-1)).toBe('Thursday Grief Circle 2026-04-30 19:00-20:30');
    expect(readFileSync(publicSnapshotPath(test.dataDir), 'utf8')).not.toContain(MARKER);
  });

  it('marks cancelled meetings, with a closure’s reason but never one typed for a meeting', async () => {
    await test.call('createClosure', {
      startsOn: '2026-01-15',
      endsOn: '2026-01-15',
      reason: 'Boiler repair',
    });
    const typed = await sessionOn('2026-01-22');
    await test.call('cancelSession', { id: typed.id, reason: `Sam is unwell ${MARKER}` });
    await test.call('createClosure', {
      startsOn: '2026-02-02',
      endsOn: '2026-02-06',
      locationId: hallId,
      reason: 'Hall repainted',
    });
    // The annex is where no listed group meets: its closure says nothing to the public.
    await test.call('createClosure', {
      startsOn: '2026-01-14',
      endsOn: '2026-01-14',
      locationId: annexId,
      reason: `Annex ${MARKER}`,
    });

    const snapshot = await snapshotOf(test);
    expect(meetingsOf(snapshot).slice(0, 3)).toEqual([
      'Thursday Grief Circle 2026-01-08 19:00-20:30',
      'Thursday Grief Circle 2026-01-15 19:00-20:30 cancelled(Boiler repair)',
      'Thursday Grief Circle 2026-01-22 19:00-20:30 cancelled()',
    ]);
    expect(snapshot.closures).toEqual([
      { startsOn: '2026-01-15', endsOn: '2026-01-15', reason: 'Boiler repair', place: null },
    ]);
    expect(readFileSync(publicSnapshotPath(test.dataDir), 'utf8')).not.toContain(MARKER);

    // A listed group meets at the hall: from then on, its closure is public too.
    await test.call(
      'createGroup',
      sampleGroup({
        name: 'Hall Circle',
        format: 'in_person',
        onlineLink: '',
        locationId: hallId,
        isListedPublicly: true,
        status: 'active',
      }),
    );
    expect((await snapshotOf(test)).closures.map((c) => [c.reason, c.place])).toEqual([
      ['Boiler repair', null],
      ['Hall repainted', 'Main Hall'],
    ]);
  });

  it('is rewritten when a meeting is cancelled and given back', async () => {
    const session = await sessionOn('2026-02-05');
    const isCancelled = async () =>
      (await snapshotOf(test)).sessions.find((s) => s.date === '2026-02-05')?.isCancelled;
    expect(await isCancelled()).toBe(false);
    await test.call('cancelSession', { id: session.id, reason: 'Facilitator away' });
    expect(await isCancelled()).toBe(true);
    await test.call('restoreSession', { id: session.id });
    expect(await isCancelled()).toBe(false);
  });

  it('is not rebuilt for a meeting’s record, which the public never sees', async () => {
    const [past] = await test.call('listSessions', { from: '2026-01-08', to: '2026-01-08' });
    clock.advance(24 * 3_600_000);
    await test.call('getDashboard', {});
    const builds = jest.spyOn(SessionQueriesRepository.prototype, 'listPublic');
    try {
      await test.call('recordSession', { id: past!.id, headcount: 7, newcomers: 1, notes: '' });
      expect(builds).not.toHaveBeenCalled();
      await test.call('cancelSession', { id: (await sessionOn('2026-02-05')).id, reason: 'Away' });
      expect(builds).toHaveBeenCalled();
    } finally {
      builds.mockRestore();
    }
  });

  it('moves on to the new month on the first call of a new day', async () => {
    clock.advance(24 * 86_400_000);
    await test.call('listGroups', {});
    const snapshot = await snapshotOf(test);
    expect(snapshot.sessionWindow).toEqual({ from: '2026-02-01', to: '2026-05-31' });
    expect(snapshot.sessions[0]!.date).toBe('2026-02-05');
  });

  it('gives a signed-in calendar the month it asks for, never past the session horizon', async () => {
    const june = await test.call('getPublicPrintData', { month: '2026-06' });
    expect(june.sessionWindow).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(june.sessions.map((s) => s.date)).toEqual([
      '2026-06-04',
      '2026-06-11',
      '2026-06-18',
      '2026-06-25',
    ]);
    // 26 weeks from 8 January: sessions exist up to 9 July, and the window says so.
    const july = await test.call('getPublicPrintData', { month: '2026-07' });
    expect(july.sessionWindow).toEqual({ from: '2026-07-01', to: '2026-07-09' });
    expect(july.sessions.map((s) => s.date)).toEqual(['2026-07-02', '2026-07-09']);
  });

  it('calls a snapshot written before meetings were added unreadable, until it is rewritten', async () => {
    const file = publicSnapshotPath(test.dataDir);
    const current = JSON.parse(readFileSync(file, 'utf8')) as PublicSnapshot;
    const { sessionWindow, sessions, closures, ...older } = current;
    expect([sessionWindow, sessions, closures].every(Boolean)).toBe(true);
    writeFileSync(file, JSON.stringify({ ...older, version: 1 }));
    expect(await test.call('getPublicSnapshot', {})).toEqual({ status: 'unreadable' });
    await test.call('createGroup', sampleGroup({ name: 'Second', isListedPublicly: true }));
    expect((await snapshotOf(test)).version).toBe(4);
  });
});
