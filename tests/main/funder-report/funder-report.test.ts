import { sumHours } from '../../../shared/domain/hours';
import { manualClock } from '../../support/clock';
import { fullVolunteer, SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { ADMIN, createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

// The funder report: what a period's sessions add up to, per group and per month, read on each
// session's local date with both ends of the period included; incidents never appear.

/** Wednesday 15 April 2026, noon in London: the first quarter is over. */
const NOW = Date.UTC(2026, 3, 15, 12, 0);
const QUARTER = { from: '2026-01-01', to: '2026-03-31' };
const INCIDENT_WORDS = 'Sunniva disclosed a bruise from her stepfather';

interface World {
  test: TestCore;
  grief: number;
  carers: number;
  mara: number;
  jonas: number;
}

async function buildWorld(): Promise<World> {
  const test = await createSetUpCore(manualClock(NOW).now);
  const grief = (await test.call('createGroup', sampleGroup())).id;
  const carers = (
    await test.call(
      'createGroup',
      sampleGroup({ name: 'Carers Coffee Morning', focus: 'caregivers' }),
    )
  ).id;
  const mara = (await test.call('createVolunteer', fullVolunteer())).id;
  const jonas = (
    await test.call(
      'createVolunteer',
      fullVolunteer({ firstName: 'Jonas', lastName: 'Berg', preferredName: '', email: '' }),
    )
  ).id;
  await test.call('assignFacilitator', { groupId: grief, volunteerId: mara, role: 'co' });
  await test.call('assignFacilitator', { groupId: grief, volunteerId: jonas, role: 'co' });
  await test.call('assignFacilitator', { groupId: carers, volunteerId: jonas, role: 'co' });
  return { test, grief, carers, mara, jonas };
}

async function held(
  test: TestCore,
  groupId: number,
  localDate: string,
  record: {
    headcount: number;
    newcomers: number;
    hours?: { volunteerId: number; hours: number }[];
  },
): Promise<number> {
  const id = await insertSession(test, { groupId, localDate });
  await test.call('recordSession', { id, notes: '', ...record });
  return id;
}

/**
 * Grief: held on the first day of the quarter and in February, one left unrecorded, one on the
 * last day cancelled by a closure, and held sessions just outside both ends. Carers: one
 * cancelled by hand, one held on the day before the closure.
 */
async function fillQuarter({ test, grief, carers, mara, jonas }: World) {
  await held(test, grief, '2025-12-31', { headcount: 50, newcomers: 50 });
  const firstDay = await held(test, grief, '2026-01-01', {
    headcount: 10,
    newcomers: 2,
    hours: [{ volunteerId: mara, hours: 1.5 }],
  });
  await held(test, grief, '2026-02-12', {
    headcount: 6,
    newcomers: 1,
    hours: [
      { volunteerId: mara, hours: 2 },
      { volunteerId: jonas, hours: 1.25 },
    ],
  });
  await insertSession(test, { groupId: grief, localDate: '2026-03-26' });
  await insertSession(test, { groupId: grief, localDate: '2026-03-31' });
  await held(test, grief, '2026-04-01', {
    headcount: 40,
    newcomers: 40,
    hours: [{ volunteerId: mara, hours: 9 }],
  });
  const byHand = await insertSession(test, { groupId: carers, localDate: '2026-02-14' });
  await test.call('cancelSession', { id: byHand, reason: 'Facilitator ill' });
  await held(test, carers, '2026-03-30', {
    headcount: 4,
    newcomers: 0,
    hours: [{ volunteerId: jonas, hours: 2.1 }],
  });
  await test.call('createClosure', {
    startsOn: '2026-03-31',
    endsOn: '2026-04-01',
    reason: 'Easter',
  });
  return { firstDay };
}

describe('the funder report', () => {
  let world: World;

  beforeAll(async () => {
    world = await buildWorld();
    await fillQuarter(world);
  });

  afterAll(() => world.test.cleanUp());

  it('counts held, cancelled, closure-cancelled and unrecorded sessions from the first to the last day', async () => {
    const report = await world.test.call('getFunderReport', QUARTER);

    expect(report.totals).toEqual({
      sessionsHeld: 3,
      sessionsCancelled: 2,
      cancelledByClosure: 1,
      sessionsUnrecorded: 1,
      attendance: 20,
      newcomers: 3,
      groupsMet: 2,
      volunteerHours: 6.85,
      volunteersGivingTime: 2,
    });
    expect(report.groups).toEqual([
      {
        groupId: world.carers,
        name: 'Carers Coffee Morning',
        focus: 'caregivers',
        held: 1,
        cancelled: 1,
        attendance: 4,
        averageAttendance: 4,
        newcomers: 0,
        hours: 2.1,
      },
      {
        groupId: world.grief,
        name: 'Thursday Grief Circle',
        focus: 'grief',
        held: 2,
        cancelled: 1,
        attendance: 16,
        averageAttendance: 8,
        newcomers: 3,
        hours: 4.75,
      },
    ]);
    expect(report.months).toEqual([
      { month: '2026-01', held: 1, cancelled: 0, attendance: 10, newcomers: 2, hours: 1.5 },
      { month: '2026-02', held: 1, cancelled: 1, attendance: 6, newcomers: 1, hours: 3.25 },
      { month: '2026-03', held: 1, cancelled: 1, attendance: 4, newcomers: 0, hours: 2.1 },
    ]);
    const lastDay = await world.test.call('getFunderReport', {
      from: '2026-03-31',
      to: '2026-03-31',
    });
    expect(lastDay.totals).toMatchObject({ sessionsHeld: 0, cancelledByClosure: 1 });
    const firstDay = await world.test.call('getFunderReport', {
      from: '2026-01-01',
      to: '2026-01-01',
    });
    expect(firstDay.totals).toMatchObject({ sessionsHeld: 1, attendance: 10, volunteerHours: 1.5 });
  });

  it('gives the same volunteer hours as the volunteer hours summary for the same period', async () => {
    for (const period of [QUARTER, { from: '2025-12-01', to: '2026-04-30' }]) {
      const report = await world.test.call('getFunderReport', period);
      const summary = await world.test.call('listVolunteerHours', period);
      expect(report.totals.volunteerHours).toBe(sumHours(summary.map((row) => row.hours)));
      expect(report.totals.volunteersGivingTime).toBe(summary.length);
      expect(sumHours(report.groups.map((group) => group.hours))).toBe(
        report.totals.volunteerHours,
      );
      expect(sumHours(report.months.map((month) => month.hours))).toBe(
        report.totals.volunteerHours,
      );
    }
  });

  it('counts only sessions that have ended as unrecorded, and lists every month with zeros', async () => {
    // Sessions from today on come from the groups' schedules: ahead, not "unrecorded".
    const report = await world.test.call('getFunderReport', {
      from: '2026-03-01',
      to: '2026-06-30',
    });
    expect(report.totals.sessionsUnrecorded).toBe(1);
    expect(report.months.map((month) => [month.month, month.held])).toEqual([
      ['2026-03', 1],
      ['2026-04', 1],
      ['2026-05', 0],
      ['2026-06', 0],
    ]);
  });

  it('holds nothing of incidents, not even a count', async () => {
    const { test, grief } = world;
    const sessionId = await held(test, grief, '2026-01-08', { headcount: 3, newcomers: 0 });
    await test.call('fileIncident', {
      sessionId,
      category: 'disclosure',
      severity: 'high',
      description: INCIDENT_WORDS,
    });
    const text = JSON.stringify(await test.call('getFunderReport', QUARTER));
    expect(text).not.toMatch(/incident|Sunniva|disclos|severity/i);
  });

  it('refuses a facilitator, and a period longer than three years', async () => {
    const { test } = world;
    const threeYears = await test.call('getFunderReport', { from: '2024-01-01', to: '2026-12-31' });
    expect(threeYears.months).toHaveLength(36);
    const tooLong = await test.refuse('getFunderReport', { from: '2024-01-01', to: '2027-01-01' });
    expect(tooLong.code).toBe('VALIDATION_FAILED');
    expect(tooLong.fieldErrors).toEqual([{ path: 'to', messageKey: 'validation.periodTooLong' }]);

    await test.call('createUser', {
      username: 'fynn',
      password: SAMPLE_PASSWORD,
      displayName: 'Fynn',
      role: 'facilitator',
    });
    await test.call('logIn', { username: 'fynn', password: SAMPLE_PASSWORD });
    const refused = await test.refuse('getFunderReport', QUARTER);
    expect(refused.code).toBe('FORBIDDEN');
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
  });
});
