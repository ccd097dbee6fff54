import { manualClock } from '../../support/clock';
import { recordHeldSessions } from '../../support/held-sessions';
import { PEOPLE_NOW } from '../../support/people';
import { fullVolunteer } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

// Hours are what facilitators gave to held sessions, per volunteer and per civil-date period.

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };

async function centre() {
  const test = await createSetUpCore(manualClock(PEOPLE_NOW).now);
  const grief = await test.call('createGroup', sampleGroup({ startDate: '2026-01-08' }));
  const carers = await test.call(
    'createGroup',
    sampleGroup({ name: 'Carers Coffee Morning', focus: 'caregivers' }),
  );
  const mara = await test.call('createVolunteer', fullVolunteer());
  const jonas = await test.call(
    'createVolunteer',
    fullVolunteer({ firstName: 'Jonas', lastName: 'Berg', preferredName: '', email: '' }),
  );
  return { test, grief: grief.id, carers: carers.id, mara: mara.id, jonas: jonas.id };
}

const session = (test: TestCore, groupId: number, localDate: string) =>
  insertSession(test, { groupId, localDate });

describe('volunteer hours', () => {
  it('adds up the hours of held sessions from the first to the last day of the period', async () => {
    const { test, grief, carers, mara } = await centre();
    try {
      const dayBefore = await session(test, grief, '2025-12-31');
      const firstDay = await session(test, grief, '2026-01-01');
      const midYear = await session(test, carers, '2026-06-10');
      const lastDay = await session(test, grief, '2026-12-31');
      const dayAfter = await session(test, grief, '2027-01-01');
      await recordHeldSessions(
        test,
        [dayBefore, firstDay, midYear, lastDay, dayAfter].map((sessionId, i) => ({
          sessionId,
          facilitators: [{ volunteerId: mara, role: i === 2 ? 'co' : 'lead', hours: 1.5 + i }],
        })),
      );

      const hours = await test.call('getVolunteerHours', { volunteerId: mara, ...YEAR_2026 });

      expect(hours.totalHours).toBe(2.5 + 3.5 + 4.5);
      expect(hours.sessions).toEqual([
        {
          sessionId: lastDay,
          groupId: grief,
          groupName: 'Thursday Grief Circle',
          localDate: '2026-12-31',
          role: 'lead',
          hours: 4.5,
        },
        {
          sessionId: midYear,
          groupId: carers,
          groupName: 'Carers Coffee Morning',
          localDate: '2026-06-10',
          role: 'co',
          hours: 3.5,
        },
        {
          sessionId: firstDay,
          groupId: grief,
          groupName: 'Thursday Grief Circle',
          localDate: '2026-01-01',
          role: 'lead',
          hours: 2.5,
        },
      ]);
      const oneDay = await test.call('getVolunteerHours', {
        volunteerId: mara,
        from: '2026-12-31',
        to: '2026-12-31',
      });
      expect(oneDay.sessions.map((s) => s.sessionId)).toEqual([lastDay]);
    } finally {
      await test.cleanUp();
    }
  });

  it('counts only held sessions, and only hours that were recorded', async () => {
    const { test, grief, mara, jonas } = await centre();
    try {
      const held = await session(test, grief, '2026-03-05');
      const scheduled = await session(test, grief, '2026-03-12');
      const cancelled = await session(test, grief, '2026-03-19');
      await recordHeldSessions(test, [
        {
          sessionId: held,
          facilitators: [
            { volunteerId: mara, hours: 2 },
            { volunteerId: jonas, role: 'backup', hours: null },
          ],
        },
        {
          sessionId: scheduled,
          status: 'scheduled',
          facilitators: [{ volunteerId: mara, hours: 5 }],
        },
        {
          sessionId: cancelled,
          status: 'cancelled',
          facilitators: [{ volunteerId: mara, hours: 7 }],
        },
      ]);

      const summary = await test.call('listVolunteerHours', YEAR_2026);
      expect(summary).toEqual([
        { volunteerId: mara, displayName: 'Mara Okafor', sessions: 1, hours: 2 },
      ]);
      const jonasHours = await test.call('getVolunteerHours', { volunteerId: jonas, ...YEAR_2026 });
      expect(jonasHours).toEqual({ volunteerId: jonas, totalHours: 0, sessions: [] });
    } finally {
      await test.cleanUp();
    }
  });

  it('lists every volunteer by name with sessions and hours, rounded to hundredths', async () => {
    const { test, grief, carers, mara, jonas } = await centre();
    try {
      const a = await session(test, grief, '2026-02-05');
      const b = await session(test, carers, '2026-02-07');
      const c = await session(test, grief, '2026-02-12');
      await recordHeldSessions(test, [
        {
          sessionId: a,
          facilitators: [
            { volunteerId: mara, hours: 0.1 },
            { volunteerId: jonas, role: 'co', hours: 1.25 },
          ],
        },
        { sessionId: b, facilitators: [{ volunteerId: mara, hours: 0.2 }] },
        { sessionId: c, facilitators: [{ volunteerId: jonas, hours: 2 }] },
      ]);

      expect(await test.call('listVolunteerHours', YEAR_2026)).toEqual([
        { volunteerId: jonas, displayName: 'Jonas Berg', sessions: 2, hours: 3.25 },
        { volunteerId: mara, displayName: 'Mara Okafor', sessions: 2, hours: 0.3 },
      ]);
      const february = await test.call('listVolunteerHours', {
        from: '2026-02-06',
        to: '2026-02-28',
      });
      expect(february.map((row) => [row.displayName, row.sessions, row.hours])).toEqual([
        ['Jonas Berg', 1, 2],
        ['Mara Okafor', 1, 0.2],
      ]);
    } finally {
      await test.cleanUp();
    }
  });

  it('keeps an erased volunteer’s hours in the summary without a name, so totals still add up', async () => {
    const { test, grief, mara, jonas } = await centre();
    try {
      const held = await session(test, grief, '2026-04-02');
      await recordHeldSessions(test, [
        {
          sessionId: held,
          facilitators: [
            { volunteerId: mara, hours: 1.5 },
            { volunteerId: jonas, role: 'co', hours: 2 },
          ],
        },
      ]);
      await test.call('eraseVolunteer', { id: mara, confirmName: 'Mara Okafor' });

      const summary = await test.call('listVolunteerHours', YEAR_2026);
      expect(summary).toEqual([
        { volunteerId: jonas, displayName: 'Jonas Berg', sessions: 1, hours: 2 },
        { volunteerId: mara, displayName: null, sessions: 1, hours: 1.5 },
      ]);
      expect(JSON.stringify(summary)).not.toMatch(/Mara|Amara|Okafor/);
      const erased = await test.call('getVolunteerHours', { volunteerId: mara, ...YEAR_2026 });
      expect(erased.totalHours).toBe(1.5);
    } finally {
      await test.cleanUp();
    }
  });

  it('refuses an unknown volunteer and a period that ends before it starts', async () => {
    const { test } = await centre();
    try {
      const unknown = await test.refuse('getVolunteerHours', { volunteerId: 999, ...YEAR_2026 });
      expect(unknown.code).toBe('NOT_FOUND');
      const backwards = await test.refuse('listVolunteerHours', {
        from: '2026-12-31',
        to: '2026-01-01',
      });
      expect(backwards.code).toBe('VALIDATION_FAILED');
      expect(backwards.fieldErrors).toEqual([
        { path: 'to', messageKey: 'validation.endBeforeStart' },
      ]);
    } finally {
      await test.cleanUp();
    }
  });
});
