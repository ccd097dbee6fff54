import type { MethodInput } from '../../../shared/api/contract';
import { manualClock, type ManualClock } from '../../support/clock';
import { withRawVaultDatabase } from '../../support/raw-database';
import { fullVolunteer } from '../../support/sample-inputs';
import { insertSession } from '../../support/sessions';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

/** Tuesday 10 March 2026, noon in London (GMT): the group meets on Thursdays, all ahead. */
export const RECORDS_NOW = Date.UTC(2026, 2, 10, 12, 0);

export type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

export interface RecordsWorld {
  test: SetUpCore;
  clock: ManualClock;
  groupId: number;
  mara: number;
  jonas: number;
  /** Monday 9 March 2026, 18:30–20:00: over and not recorded. */
  pastSessionId: number;
}

/** A group of capacity 10 co-facilitated by Mara and Jonas, with one past session. */
export async function buildRecordsWorld(
  group: Partial<MethodInput<'createGroup'>> = {},
): Promise<RecordsWorld> {
  const clock = manualClock(RECORDS_NOW);
  const test = await createSetUpCore(clock.now);
  const { id: groupId } = await test.call('createGroup', sampleGroup({ capacity: 10, ...group }));
  const mara = (await test.call('createVolunteer', fullVolunteer())).id;
  const jonas = (
    await test.call(
      'createVolunteer',
      fullVolunteer({ firstName: 'Jonas', lastName: 'Berg', preferredName: '' }),
    )
  ).id;
  for (const volunteerId of [mara, jonas]) {
    await test.call('assignFacilitator', { groupId, volunteerId, role: 'co' });
  }
  const pastSessionId = await insertSession(test, { groupId, localDate: '2026-03-09' });
  return { test, clock, groupId, mara, jonas, pastSessionId };
}

/** Changes a session behind the API (a state other slices' methods reach, e.g. cancelled). */
export async function updateSessionRaw(
  test: SetUpCore,
  sessionId: number,
  assignments: string,
): Promise<void> {
  await test.call('lock', {});
  await withRawVaultDatabase(test.dataDir, ADMIN, (raw) =>
    raw.prepare(`UPDATE group_session SET ${assignments} WHERE id = ?`).run(sessionId),
  );
  await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
}

export const latestAudit = async (test: SetUpCore) =>
  (await test.core.vault.store.audit.latest(1))[0];
