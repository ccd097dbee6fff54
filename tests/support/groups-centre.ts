import { createSetUpCore } from './temp-core';

// A set-up core with one location, for the group handler tests (tests/main/groups/).

export type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

export async function groupsCentre(): Promise<{ test: SetUpCore; hallId: number }> {
  const test = await createSetUpCore();
  const hallId = (await test.call('createLocation', { name: 'Main Hall' })).id;
  return { test, hallId };
}

/** Every audit entry, newest first. */
export const auditRows = (test: SetUpCore) => test.core.vault.store.audit.latest(1000);
