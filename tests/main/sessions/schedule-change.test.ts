import type { RawDatabase } from '../../../main/store/database';
import type { MethodInput } from '../../../shared/api/contract';
import type { Group } from '../../../shared/domain/groups';
import { manualClock } from '../../support/clock';
import { sessionRows, withCoreLocked } from '../../support/session-rows';
import { createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

// Editing a group's schedule, dates, status or place regenerates its untouched future sessions
// and never changes the others; the preview says beforehand exactly what saving does.

const DAY = 24 * 3_600_000;
const editOf = (group: Group): MethodInput<'updateGroup'> => {
  const { id, locationName: _name, createdAt: _c, updatedAt: _u, ...fields } = group;
  return { id, ...fields };
};
const previewOf = (group: Group, changes: Partial<MethodInput<'previewScheduleChange'>> = {}) => ({
  id: group.id,
  schedule: group.schedule,
  startDate: group.startDate,
  endDate: group.endDate,
  status: group.status,
  ...changes,
});
const dateOf = (row: Record<string, unknown> | undefined) => row?.local_date;

describe('regenerating sessions when a schedule changes', () => {
  let test: TestCore;
  let group: Group;
  let hallId: number;

  beforeEach(async () => {
    // Monday 2 March 2026: the group meets on Tuesdays at 18:00, then a week goes by.
    const clock = manualClock(Date.UTC(2026, 2, 2, 9, 0));
    test = await createSetUpCore(clock.now);
    hallId = (await test.call('createLocation', { name: 'Main Hall' })).id;
    group = await test.call(
      'createGroup',
      sampleGroup({
        format: 'in_person',
        onlineLink: '',
        locationId: hallId,
        room: 'Room 1',
        schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '18:00', durationMinutes: 90 },
        startDate: '2026-01-06',
      }),
    );
    clock.advance(7 * DAY);
  });

  afterEach(() => test.cleanUp());

  /** Held last week; notes on 17 March; its own facilitators on 24 March. */
  const touchSome = (raw: RawDatabase) => {
    const set = (sql: string, date: string) =>
      raw.prepare(`UPDATE group_session SET ${sql} WHERE local_date = ?`).run(date);
    set(`status = 'held', headcount = 8, recorded_at = '2026-03-03T20:00:00Z'`, '2026-03-03');
    set(`notes = 'Bring leaflets'`, '2026-03-17');
    set('has_own_facilitators = 1', '2026-03-24');
    return sessionRows(raw, group.id);
  };
  const TOUCHED = ['2026-03-03', '2026-03-17', '2026-03-24'];
  const rowsNow = () => withCoreLocked(test, (raw) => sessionRows(raw, group.id));

  it('moves untouched future sessions to the new time, keeping their ids, and leaves the rest', async () => {
    const before = await withCoreLocked(test, touchSome);
    const edited = { ...group.schedule, startTime: '18:30' };
    expect(
      await test.call('previewScheduleChange', previewOf(group, { schedule: edited })),
    ).toEqual({ moved: 24, fromTime: '18:00', toTime: '18:30', added: 0, removed: 0, kept: 2 });
    await test.call('updateGroup', { ...editOf(group), schedule: edited });
    const after = await rowsNow();

    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [id, row] of before) {
      if (TOUCHED.includes(row.local_date as string)) expect(after.get(id)).toEqual(row);
      else expect(after.get(id)?.local_start).toBe('18:30');
    }
    const april = [...after.values()].find((row) => row.local_date === '2026-04-07');
    // British Summer Time: 18:30 on the wall clock is 17:30 UTC.
    expect(april).toMatchObject({
      starts_at: '2026-04-07T17:30:00.000Z',
      ends_at: '2026-04-07T19:00:00.000Z',
    });
  });

  it('moves Tuesdays to Wednesdays as the same sessions, adding what the horizon lacks', async () => {
    const before = await withCoreLocked(test, touchSome);
    const edited = { ...group.schedule, rrule: 'FREQ=WEEKLY;BYDAY=WE' };
    const preview = await test.call(
      'previewScheduleChange',
      previewOf(group, { schedule: edited }),
    );
    expect(preview).toEqual({
      moved: 24,
      fromTime: null,
      toTime: null,
      added: 2,
      removed: 0,
      kept: 2,
    });
    await test.call('updateGroup', { ...editOf(group), schedule: edited });
    const after = await rowsNow();
    expect(after.size).toBe(before.size + 2);
    for (const [id, row] of before) {
      if (TOUCHED.includes(row.local_date as string)) expect(after.get(id)).toEqual(row);
      else expect(new Date(`${dateOf(after.get(id)) as string}T12:00Z`).getUTCDay()).toBe(3);
    }
  });

  it('removes untouched future sessions when the end date comes earlier', async () => {
    const before = await withCoreLocked(test, touchSome);
    const preview = await test.call(
      'previewScheduleChange',
      previewOf(group, { endDate: '2026-03-31' }),
    );
    expect(preview).toMatchObject({ moved: 0, added: 0, removed: 22, kept: 2 });
    await test.call('updateGroup', { ...editOf(group), endDate: '2026-03-31' });
    const after = await rowsNow();
    expect([...after.values()].map(dateOf)).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
      '2026-03-31',
    ]);
    for (const [id, row] of after) expect(row).toEqual(before.get(id));
  });

  it('removes untouched future sessions while paused and brings them back when active', async () => {
    const before = await withCoreLocked(test, touchSome);
    expect(
      await test.call('previewScheduleChange', previewOf(group, { status: 'paused' })),
    ).toMatchObject({ removed: 24, kept: 2 });
    await test.call('updateGroup', { ...editOf(group), status: 'paused' });
    expect([...(await rowsNow()).values()].map(dateOf)).toEqual(TOUCHED);

    expect(await test.call('previewScheduleChange', previewOf(group))).toMatchObject({
      added: 24,
      kept: 2,
    });
    await test.call('updateGroup', editOf(group));
    const after = await rowsNow();
    expect(after.size).toBe(before.size);
    for (const [id, row] of before) {
      if (TOUCHED.includes(row.local_date as string)) expect(after.get(id)).toEqual(row);
    }
  });

  it('removes untouched future sessions when archived, and adds none back while paused', async () => {
    await withCoreLocked(test, touchSome);
    await test.call('archiveGroup', { id: group.id });
    expect([...(await rowsNow()).values()].map(dateOf)).toEqual(TOUCHED);
    await test.call('unarchiveGroup', { id: group.id });
    expect([...(await rowsNow()).values()].map(dateOf)).toEqual(TOUCHED);
  });

  it('moves untouched future sessions to a new place', async () => {
    const before = await withCoreLocked(test, touchSome);
    const annex = await test.call('createLocation', { name: 'Annex' });
    const preview = await test.call(
      'previewScheduleChange',
      previewOf(group, { locationId: annex.id, room: 'Studio' }),
    );
    expect(preview).toEqual({
      moved: 24,
      fromTime: null,
      toTime: null,
      added: 0,
      removed: 0,
      kept: 2,
    });
    await test.call('updateGroup', { ...editOf(group), locationId: annex.id, room: 'Studio' });
    const after = await rowsNow();
    for (const [id, row] of before) {
      if (TOUCHED.includes(row.local_date as string)) expect(after.get(id)).toEqual(row);
      else expect(after.get(id)).toMatchObject({ location_id: annex.id, room: 'Studio' });
    }
  });

  it('regenerates a session a closure cancelled, and the closure cancels it again', async () => {
    await withCoreLocked(test, (raw) => {
      const closure = raw
        .prepare(
          `INSERT INTO closure (starts_on, ends_on, reason, created_at, updated_at)
           VALUES ('2026-04-07', '2026-04-07', 'Easter', 'now', 'now')`,
        )
        .run().lastInsertRowid;
      raw
        .prepare(
          `UPDATE group_session SET status = 'cancelled', closure_id = ?, cancel_reason = 'Easter'
           WHERE local_date = '2026-04-07'`,
        )
        .run(closure);
    });
    await test.call('updateGroup', {
      ...editOf(group),
      schedule: { ...group.schedule, startTime: '19:00' },
    });
    const easter = [...(await rowsNow()).values()].find((row) => row.local_date === '2026-04-07');
    expect(easter).toMatchObject({
      local_start: '19:00',
      status: 'cancelled',
      cancel_reason: 'Easter',
    });
  });

  it('previews without changing anything, and refuses a group that does not exist', async () => {
    const before = await rowsNow();
    await test.call('previewScheduleChange', previewOf(group, { status: 'paused' }));
    expect(await rowsNow()).toEqual(before);
    expect((await test.refuse('previewScheduleChange', previewOf(group, { id: 999 }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
