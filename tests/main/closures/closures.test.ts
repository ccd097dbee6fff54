import { manualClock } from '../../support/clock';
import { sampleGroup } from '../../support/temp-core';
import {
  buildClosureWorld,
  markHeld,
  sessionOn,
  stateOf,
  type ClosureWorld,
} from './closure-world';

// Closures cancel the sessions inside them with their reason, and give them back when removed.

const scheduled = { status: 'scheduled', cancelReason: '', closureId: null };
const cancelledBy = (closureId: number, cancelReason: string) => ({
  status: 'cancelled',
  cancelReason,
  closureId,
});

describe('closures', () => {
  let world: ClosureWorld;

  beforeEach(async () => {
    world = await buildClosureWorld();
  });

  afterEach(() => world.test.cleanUp());

  it('cancels the sessions on its first and last day, and none the day before or after', async () => {
    const { test, hallGroupId, hallId } = world;
    const [before, first, last, after] = await Promise.all(
      ['2026-12-23', '2026-12-24', '2026-12-26', '2026-12-27'].map((date) =>
        sessionOn(world, hallGroupId, date, hallId),
      ),
    );
    const closure = await test.call('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-26',
      reason: 'Winter holiday',
    });
    expect(closure).toMatchObject({ locationId: null, locationName: null, cancelledSessions: 2 });
    expect(await stateOf(test, before!)).toEqual(scheduled);
    expect(await stateOf(test, first!)).toEqual(cancelledBy(closure.id, 'Winter holiday'));
    expect(await stateOf(test, last!)).toEqual(cancelledBy(closure.id, 'Winter holiday'));
    expect(await stateOf(test, after!)).toEqual(scheduled);
  });

  it('closes one location only, leaving the other location and online groups meeting', async () => {
    const { test, hallGroupId, hallId, annexGroupId, annexId, onlineGroupId } = world;
    const hall = await sessionOn(world, hallGroupId, '2026-12-10', hallId);
    const annex = await sessionOn(world, annexGroupId, '2026-12-10', annexId);
    const online = await sessionOn(world, onlineGroupId, '2026-12-10', null);
    const preview = await test.call('previewClosure', {
      startsOn: '2026-12-10',
      endsOn: '2026-12-10',
      locationId: annexId,
      reason: 'Boiler repair',
    });
    expect(preview).toEqual({ sessions: 1 });
    const closure = await test.call('createClosure', {
      startsOn: '2026-12-10',
      endsOn: '2026-12-10',
      locationId: annexId,
      reason: 'Boiler repair',
    });
    expect(closure).toMatchObject({ locationName: 'Annex', cancelledSessions: 1 });
    expect(await stateOf(test, annex)).toEqual(cancelledBy(closure.id, 'Boiler repair'));
    expect(await stateOf(test, hall)).toEqual(scheduled);
    expect(await stateOf(test, online)).toEqual(scheduled);
  });

  it('cancels online groups too when the whole centre closes', async () => {
    const { test, onlineGroupId } = world;
    const online = await sessionOn(world, onlineGroupId, '2026-12-10', null);
    expect(
      await test.call('previewClosure', {
        startsOn: '2026-12-10',
        endsOn: '2026-12-10',
        reason: 'Staff day',
      }),
    ).toEqual({ sessions: 1 });
    const closure = await test.call('createClosure', {
      startsOn: '2026-12-10',
      endsOn: '2026-12-10',
      reason: 'Staff day',
    });
    expect(await stateOf(test, online)).toEqual(cancelledBy(closure.id, 'Staff day'));
  });

  it('never touches held sessions or sessions cancelled by hand, and does not count them', async () => {
    const { test, hallGroupId, hallId } = world;
    const held = await sessionOn(world, hallGroupId, '2026-12-01', hallId);
    const byHand = await sessionOn(world, hallGroupId, '2026-12-02', hallId);
    const open = await sessionOn(world, hallGroupId, '2026-12-03', hallId);
    await markHeld(test, held);
    await test.call('cancelSession', { id: byHand, reason: 'Facilitator unwell' });
    const range = { startsOn: '2026-12-01', endsOn: '2026-12-03', reason: 'Flood' };
    expect(await test.call('previewClosure', range)).toEqual({ sessions: 1 });
    const closure = await test.call('createClosure', range);
    expect(closure.cancelledSessions).toBe(1);
    expect(await stateOf(test, held)).toEqual({ ...scheduled, status: 'held' });
    expect(await stateOf(test, byHand)).toEqual({
      status: 'cancelled',
      cancelReason: 'Facilitator unwell',
      closureId: null,
    });
    expect(await test.call('removeClosure', { id: closure.id })).toEqual({ restoredSessions: 1 });
    expect(await stateOf(test, held)).toEqual({ ...scheduled, status: 'held' });
    expect((await stateOf(test, byHand)).status).toBe('cancelled');
    expect(await stateOf(test, open)).toEqual(scheduled);
  });

  it('restores its sessions when removed, keeping the closure out of the list', async () => {
    const { test, hallGroupId, hallId } = world;
    const session = await sessionOn(world, hallGroupId, '2026-12-24', hallId);
    const closure = await test.call('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-24',
      reason: 'Holiday',
    });
    expect(await test.call('listClosures', {})).toHaveLength(1);
    expect(await test.call('removeClosure', { id: closure.id })).toEqual({ restoredSessions: 1 });
    expect(await stateOf(test, session)).toEqual(scheduled);
    expect(await test.call('listClosures', {})).toEqual([]);
    expect(await test.refuse('removeClosure', { id: closure.id })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('hands a session to another closure that still covers it when one of two is removed', async () => {
    const { test, hallGroupId, hallId } = world;
    const both = await sessionOn(world, hallGroupId, '2026-12-24', hallId);
    const onlyFirst = await sessionOn(world, hallGroupId, '2026-12-23', hallId);
    const wide = await test.call('createClosure', {
      startsOn: '2026-12-23',
      endsOn: '2026-12-24',
      reason: 'Holiday',
    });
    const hall = await test.call('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-31',
      locationId: hallId,
      reason: 'Hall repainting',
    });
    // The later closure finds nothing left to cancel: the first one already did.
    expect(hall.cancelledSessions).toBe(0);
    expect(await test.call('removeClosure', { id: wide.id })).toEqual({ restoredSessions: 1 });
    expect(await stateOf(test, onlyFirst)).toEqual(scheduled);
    expect(await stateOf(test, both)).toEqual(cancelledBy(hall.id, 'Hall repainting'));
    expect(await test.call('listClosures', {})).toEqual([
      expect.objectContaining({ id: hall.id, cancelledSessions: 1 }),
    ]);
  });

  it('lists closures in force with the latest dates first', async () => {
    const { test, hallId } = world;
    const make = (startsOn: string, reason: string, locationId: number | null = null) =>
      test.call('createClosure', { startsOn, endsOn: startsOn, reason, locationId });
    await make('2026-04-03', 'Easter');
    await make('2026-12-25', 'Christmas', hallId);
    const gone = await make('2026-08-31', 'Bank holiday');
    await test.call('removeClosure', { id: gone.id });
    const list = await test.call('listClosures', {});
    expect(list.map((c) => [c.reason, c.locationName])).toEqual([
      ['Christmas', 'Main Hall'],
      ['Easter', null],
    ]);
  });

  it('refuses a location that does not exist, and dates that end before they start', async () => {
    const { test } = world;
    const refused = await test.refuse('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-24',
      locationId: 999,
      reason: 'Holiday',
    });
    expect(refused.fieldErrors).toEqual([
      { path: 'locationId', messageKey: 'validation.invalidChoice' },
    ]);
    const backwards = await test.refuse('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-23',
      reason: 'Holiday',
    });
    expect(backwards.code).toBe('VALIDATION_FAILED');
    expect(await test.call('listClosures', {})).toEqual([]);
  });

  it('audits each closure write by field names only', async () => {
    const { test } = world;
    const closure = await test.call('createClosure', {
      startsOn: '2026-12-24',
      endsOn: '2026-12-24',
      reason: 'Secret reason',
    });
    await test.call('removeClosure', { id: closure.id });
    const entries = await test.core.vault.store.audit.latest(2);
    expect(entries.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ['remove', 'closure', closure.id],
      ['create', 'closure', closure.id],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Secret reason');
    expect(entries[1]?.fields).toEqual(['endsOn', 'reason', 'startsOn']);
  });
});

describe('sessions generated inside a closure', () => {
  it('come out cancelled with the closure as their reason', async () => {
    const world = await buildClosureWorld(manualClock(Date.UTC(2026, 2, 1, 9, 0)).now);
    const { test } = world;
    try {
      const closure = await test.call('createClosure', {
        startsOn: '2026-03-12',
        endsOn: '2026-03-12',
        reason: 'Spring clean',
      });
      const group = await test.call('createGroup', sampleGroup({ name: 'New Circle' }));
      const sessions = await test.call('listSessions', {
        from: '2026-03-05',
        to: '2026-03-19',
        groupId: group.id,
      });
      expect(sessions.map((s) => [s.localDate, s.status, s.cancelReason, s.closureId])).toEqual([
        ['2026-03-05', 'scheduled', '', null],
        ['2026-03-12', 'cancelled', 'Spring clean', closure.id],
        ['2026-03-19', 'scheduled', '', null],
      ]);
    } finally {
      await test.cleanUp();
    }
  });
});
