import { SessionsRepository } from '../../../main/store/sessions-repository';
import { manualClock } from '../../support/clock';
import { withRawVaultDatabase } from '../../support/raw-database';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

// Sessions appear for a group as soon as it exists, and the horizon fills itself in each day.

const datesOf = (dataDir: string, groupId: number) =>
  withRawVaultDatabase(
    dataDir,
    ADMIN,
    (raw) =>
      raw
        .prepare(
          `SELECT local_date AS date, local_start AS time, starts_at AS startsAt
         FROM group_session WHERE group_id = ? ORDER BY starts_at`,
        )
        .all(groupId) as { date: string; time: string; startsAt: string }[],
  );

describe('sessions from a schedule', () => {
  it('creates the sessions of a new group from today to 26 weeks ahead, at the local time', async () => {
    const clock = manualClock(Date.UTC(2026, 2, 1, 9, 0));
    const test = await createSetUpCore(clock.now);
    try {
      const group = await test.call(
        'createGroup',
        sampleGroup({
          schedule: {
            rrule: 'FREQ=MONTHLY;BYDAY=2TU,4TU',
            startTime: '18:30',
            durationMinutes: 90,
          },
          startDate: '2026-01-01',
        }),
      );
      await test.call('lock', {});
      const sessions = await datesOf(test.dataDir, group.id);
      expect(sessions.slice(0, 4)).toEqual([
        { date: '2026-03-10', time: '18:30', startsAt: '2026-03-10T18:30:00.000Z' },
        { date: '2026-03-24', time: '18:30', startsAt: '2026-03-24T18:30:00.000Z' },
        // British Summer Time from 29 March: the same 18:30 is an hour earlier in UTC.
        { date: '2026-04-14', time: '18:30', startsAt: '2026-04-14T17:30:00.000Z' },
        { date: '2026-04-28', time: '18:30', startsAt: '2026-04-28T17:30:00.000Z' },
      ]);
      expect(sessions.at(-1)?.date).toBe('2026-08-25');
    } finally {
      await test.cleanUp();
    }
  });

  it('extends the horizon on the first call of a later day, adding nothing twice', async () => {
    const clock = manualClock(Date.UTC(2026, 2, 1, 9, 0));
    const test = await createSetUpCore(clock.now);
    try {
      const group = await test.call('createGroup', sampleGroup({ startDate: '2026-01-01' }));
      await test.call('lock', {});
      const before = await datesOf(test.dataDir, group.id);
      clock.advance(14 * 24 * 3_600_000);
      await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
      await test.call('getDashboard', {});
      await test.call('getDashboard', {});
      await test.call('lock', {});
      const after = await datesOf(test.dataDir, group.id);
      expect(after.length).toBe(before.length + 2);
      expect(new Set(after.map((s) => s.date)).size).toBe(after.length);
      expect(after.at(-1)?.date).toBe('2026-09-10');
    } finally {
      await test.cleanUp();
    }
  });

  it('fills the horizon once a day, not again after unlocking the same day', async () => {
    const clock = manualClock(Date.UTC(2026, 2, 1, 9, 0));
    const test = await createSetUpCore(clock.now);
    const expansions = jest.spyOn(SessionsRepository.prototype, 'activeSchedules');
    try {
      await test.call('createGroup', sampleGroup({ startDate: '2026-01-01' }));
      await test.call('getDashboard', {});
      const sameDay = expansions.mock.calls.length;
      await test.call('lock', {});
      await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
      await test.call('getDashboard', {});
      expect(expansions.mock.calls.length).toBe(sameDay);
      clock.advance(24 * 3_600_000);
      await test.call('getDashboard', {});
      expect(expansions.mock.calls.length).toBe(sameDay + 1);
    } finally {
      expansions.mockRestore();
      await test.cleanUp();
    }
  });

  it('generates as far ahead as the horizon setting says, and at once when it grows', async () => {
    const clock = manualClock(Date.UTC(2026, 2, 1, 9, 0));
    const test = await createSetUpCore(clock.now);
    try {
      await test.call('updateSettings', { sessionHorizonWeeks: 4 });
      const group = await test.call('createGroup', sampleGroup({ startDate: '2026-01-01' }));
      await test.call('updateSettings', { sessionHorizonWeeks: 52 });
      await test.call('lock', {});
      const sessions = await datesOf(test.dataDir, group.id);
      expect(sessions[0]?.date).toBe('2026-03-05');
      expect(sessions.at(-1)?.date).toBe('2027-02-25');
      expect(sessions).toHaveLength(52);
    } finally {
      await test.cleanUp();
    }
  });

  it('keeps the horizon setting to 4–104 weeks', async () => {
    const test = await createSetUpCore();
    try {
      for (const weeks of [3, 105, 26.5]) {
        expect((await test.refuse('updateSettings', { sessionHorizonWeeks: weeks })).code).toBe(
          'VALIDATION_FAILED',
        );
      }
      expect((await test.call('getSettings', {})).sessionHorizonWeeks).toBe(26);
    } finally {
      await test.cleanUp();
    }
  });
});
