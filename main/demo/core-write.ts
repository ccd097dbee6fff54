import type { Core } from '../core/core';
import type { DemoWrite } from './load-people';
import type { DemoBatch } from './load-sessions';

/** Demo writes on an in-process core's open store, audited as the signed-in user. */
export function demoWriteFor(core: Core): DemoWrite {
  return (audit, work) =>
    core.vault.store.transaction(async (repos) => {
      await work(repos);
      await repos.audit.record({ userId: core.vault.user.id, ...audit, entityId: null });
    });
}

/** Many API calls on an in-process core as one transaction: see Store.batch. */
export function demoBatchFor(core: Core): DemoBatch {
  return (work) => core.vault.store.batch(work);
}
