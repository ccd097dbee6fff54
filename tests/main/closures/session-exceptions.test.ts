import {
  buildClosureWorld,
  markHeld,
  sessionOn,
  stateOf,
  type ClosureWorld,
} from './closure-world';

// One session's exceptions: cancel and restore by hand, move, add an extra one; and what each
// refuses, changing nothing.

describe("one session's exceptions", () => {
  let world: ClosureWorld;

  beforeEach(async () => {
    world = await buildClosureWorld();
  });

  afterEach(() => world.test.cleanUp());

  const hallSession = (date = '2026-12-10') =>
    sessionOn(world, world.hallGroupId, date, world.hallId);
  const closeChristmasEve = () =>
    world.test.call('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-24',
      reason: 'Holiday',
    });

  it('cancels a session with its reason, and restores it', async () => {
    const { test } = world;
    const id = await hallSession();
    const cancelled = await test.call('cancelSession', { id, reason: '  Facilitator unwell ' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Facilitator unwell' });
    const restored = await test.call('restoreSession', { id });
    expect(restored).toMatchObject({ status: 'scheduled', cancelReason: '', closureId: null });
  });

  it('refuses to cancel or move a held session, changing nothing', async () => {
    const { test, annexId } = world;
    const id = await hallSession();
    await markHeld(test, id);
    const before = await test.call('getSession', { id });
    expect(await test.refuse('cancelSession', { id, reason: 'Too late' })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'closures.errors.cancelHeld',
    });
    const move = { id, date: '2026-12-11', startTime: '10:00', durationMinutes: 60 };
    expect(await test.refuse('moveSession', { ...move, locationId: annexId })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'closures.errors.moveHeld',
    });
    expect(await test.call('getSession', { id })).toEqual(before);
  });

  it('refuses a cancellation without a reason', async () => {
    const { test } = world;
    const id = await hallSession();
    expect((await test.refuse('cancelSession', { id, reason: '   ' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await stateOf(test, id)).status).toBe('scheduled');
  });

  it('restores a session a closure cancelled only by removing the closure', async () => {
    const { test } = world;
    const id = await hallSession('2026-12-24');
    const closure = await closeChristmasEve();
    expect(await test.refuse('restoreSession', { id })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'closures.errors.restoreClosed',
    });
    expect(await stateOf(test, id)).toEqual({
      status: 'cancelled',
      cancelReason: 'Holiday',
      closureId: closure.id,
    });
  });

  it('lets a cancellation by hand outlast a closure that is removed', async () => {
    const { test } = world;
    const id = await hallSession('2026-12-24');
    const closure = await closeChristmasEve();
    await test.call('cancelSession', { id, reason: 'Group taking a break' });
    expect(await test.call('removeClosure', { id: closure.id })).toEqual({ restoredSessions: 0 });
    expect(await stateOf(test, id)).toEqual({
      status: 'cancelled',
      cancelReason: 'Group taking a break',
      closureId: null,
    });
  });

  it('hands a session restored by hand to a closure that covers its day', async () => {
    const { test } = world;
    const id = await hallSession('2026-12-24');
    await test.call('cancelSession', { id, reason: 'Facilitator away' });
    const closure = await closeChristmasEve();
    const restored = await test.call('restoreSession', { id });
    expect(restored).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Holiday',
      closureId: closure.id,
    });
  });

  it('moves a session to a new day, time, length and place in the organisation’s zone', async () => {
    const { test, annexId } = world;
    const extra = await test.call('addExtraSession', {
      groupId: world.hallGroupId,
      date: '2026-03-26',
      startTime: '18:30',
      durationMinutes: 90,
    });
    // 29 March 2026: British Summer Time starts, so 18:30 is 17:30 in UTC from then on.
    const moved = await test.call('moveSession', {
      id: extra.id,
      date: '2026-03-30',
      startTime: '19:15',
      durationMinutes: 60,
      locationId: annexId,
      room: 'Room 2',
    });
    expect(moved).toMatchObject({
      localDate: '2026-03-30',
      localStart: '19:15',
      startsAt: '2026-03-30T18:15:00.000Z',
      endsAt: '2026-03-30T19:15:00.000Z',
      durationMinutes: 60,
      locationId: annexId,
      locationName: 'Annex',
      room: 'Room 2',
      isMoved: true,
      status: 'scheduled',
    });
  });

  it('keeps the schedule date of a moved session, so the schedule never adds it again', async () => {
    const { test, annexGroupId, annexId } = world;
    const fromSchedule = {
      groupId: annexGroupId,
      occurrenceDate: '2026-12-17',
      startsAt: '2026-12-17T18:30:00.000Z',
      endsAt: '2026-12-17T20:00:00.000Z',
      localDate: '2026-12-17',
      localStart: '18:30',
      locationId: annexId,
      room: '',
    };
    const { sessions } = test.core.vault.store;
    const id = await sessions.insert(fromSchedule);
    await test.call('moveSession', {
      id,
      date: '2026-12-18',
      startTime: '18:30',
      durationMinutes: 90,
    });
    expect(await sessions.insertMissing([fromSchedule])).toBe(0);
    expect(await test.call('getSession', { id })).toMatchObject({
      localDate: '2026-12-18',
      isExtra: false,
      isMoved: true,
      locationId: annexId,
    });
  });

  it('brings a session out of a closure when it moves to an open day, and cancels it moving in', async () => {
    const { test } = world;
    const id = await hallSession('2026-12-24');
    const closure = await test.call('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-26',
      reason: 'Holiday',
    });
    const place = { id, startTime: '18:30', durationMinutes: 90 };
    const out = await test.call('moveSession', { ...place, date: '2026-12-22' });
    expect(out).toMatchObject({ status: 'scheduled', cancelReason: '', closureId: null });
    const back = await test.call('moveSession', { ...place, date: '2026-12-26' });
    expect(back).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Holiday',
      closureId: closure.id,
    });
  });

  it('adds an extra session where the group meets, in the past too', async () => {
    const { test, hallGroupId, hallId } = world;
    const extra = await test.call('addExtraSession', {
      groupId: hallGroupId,
      date: '2025-06-05',
      startTime: '18:00',
      durationMinutes: 120,
    });
    expect(extra).toMatchObject({
      groupName: 'Hall Circle',
      localDate: '2025-06-05',
      localStart: '18:00',
      startsAt: '2025-06-05T17:00:00.000Z',
      durationMinutes: 120,
      locationId: hallId,
      status: 'scheduled',
      isExtra: true,
      isMoved: false,
    });
  });

  it('adds an extra session online when asked, and refuses a group or place that is not there', async () => {
    const { test, hallGroupId } = world;
    const place = { date: '2026-12-10', startTime: '18:00', durationMinutes: 60 };
    const online = await test.call('addExtraSession', {
      groupId: hallGroupId,
      ...place,
      locationId: null,
    });
    expect(online).toMatchObject({ locationId: null, room: '' });
    expect((await test.refuse('addExtraSession', { groupId: 999, ...place })).code).toBe(
      'NOT_FOUND',
    );
    const refused = await test.refuse('addExtraSession', {
      groupId: hallGroupId,
      ...place,
      locationId: 999,
    });
    expect(refused.fieldErrors).toEqual([
      { path: 'locationId', messageKey: 'validation.invalidChoice' },
    ]);
    const sessions = await test.call('listSessions', {
      from: '2026-12-01',
      to: '2026-12-31',
      groupId: hallGroupId,
    });
    expect(sessions.map((s) => s.id)).toEqual([online.id]);
  });

  it('answers NOT_FOUND for a session that does not exist', async () => {
    const { test } = world;
    expect((await test.refuse('cancelSession', { id: 999, reason: 'x' })).code).toBe('NOT_FOUND');
    expect((await test.refuse('restoreSession', { id: 999 })).code).toBe('NOT_FOUND');
  });

  it('audits each session change by field names only', async () => {
    const { test } = world;
    const id = await hallSession();
    await test.call('cancelSession', { id, reason: 'Private matter' });
    await test.call('restoreSession', { id });
    const entries = await test.core.vault.store.audit.latest(2);
    expect(entries.map((e) => [e.action, e.entity, e.entityId, e.fields])).toEqual([
      ['restore', 'session', id, ['cancelReason', 'status']],
      ['cancel', 'session', id, ['cancelReason', 'status']],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Private matter');
  });
});
