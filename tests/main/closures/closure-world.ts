import { withRawVaultDatabase } from '../../support/raw-database';
import { insertSession } from '../../support/sessions';
import { ADMIN, createSetUpCore, sampleGroup, type TestCore } from '../../support/temp-core';

// A small centre for the closure and exception tests: two locations, an in-person group at
// each and an online group, all paused so that no schedule adds sessions behind the test's back.

export interface ClosureWorld {
  test: TestCore;
  hallId: number;
  annexId: number;
  hallGroupId: number;
  annexGroupId: number;
  onlineGroupId: number;
}

export async function buildClosureWorld(now?: () => number): Promise<ClosureWorld> {
  const test = await createSetUpCore(now);
  const hall = await test.call('createLocation', { name: 'Main Hall' });
  const annex = await test.call('createLocation', { name: 'Annex' });
  const inPerson = (name: string, locationId: number) =>
    test.call(
      'createGroup',
      sampleGroup({ name, format: 'in_person', onlineLink: '', locationId, status: 'paused' }),
    );
  const hallGroup = await inPerson('Hall Circle', hall.id);
  const annexGroup = await inPerson('Annex Circle', annex.id);
  const onlineGroup = await test.call(
    'createGroup',
    sampleGroup({ name: 'Online Circle', status: 'paused' }),
  );
  return {
    test,
    hallId: hall.id,
    annexId: annex.id,
    hallGroupId: hallGroup.id,
    annexGroupId: annexGroup.id,
    onlineGroupId: onlineGroup.id,
  };
}

/** One session of `groupId` on `localDate`, where the group meets. */
export function sessionOn(
  world: ClosureWorld,
  groupId: number,
  localDate: string,
  locationId: number | null,
): Promise<number> {
  return insertSession(world.test, { groupId, localDate, locationId });
}

/**
 * Marks a session held the way the records slice will: behind the core's back, since recording
 * is not this slice's method. The admin is signed in again afterwards.
 */
export async function markHeld(test: TestCore, sessionId: number): Promise<void> {
  await test.call('lock', {});
  await withRawVaultDatabase(test.dataDir, ADMIN, (db) =>
    db
      .prepare(`UPDATE group_session SET status = 'held', headcount = 8 WHERE id = ?`)
      .run(sessionId),
  );
  await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
}

/** Status, reason and closure of a session, as its page shows them. */
export async function stateOf(test: TestCore, id: number) {
  const { status, cancelReason, closureId } = await test.call('getSession', { id });
  return { status, cancelReason, closureId };
}
