import { readFileSync } from 'node:fs';
import { api, METHOD_NAMES } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/errors';
import type { Role } from '../../shared/api/roles';
import { vaultPaths } from '../../main/vault/vault';
import { addSampleSessionRecords } from './session-world';
import { fullVolunteer, SAMPLE_PASSWORD, type SampleIds } from './sample-inputs';
import { ADMIN, createSetUpCore, sampleGroup } from './temp-core';

// Shared by the dispatch tests (tests/main/core/dispatch*.test.ts, role-matrix, malformed-input):
// accounts for each role, one of every kind of record, and a fingerprint of what a call could
// change.

export type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

/** Ids for samples whose records are never looked up. */
export const UNUSED_IDS = {
  groupId: 1,
  locationId: 1,
  volunteerId: 1,
  trainingId: 1,
  completionId: 1,
  sessionId: 1,
  participantId: 1,
  incidentId: 1,
  closureId: 1,
};

export const NON_PUBLIC = METHOD_NAMES.filter((m) => api[m].access !== 'public');
export const PUBLIC = METHOD_NAMES.filter((m) => api[m].access === 'public');

export const ACCOUNTS: Record<Role, { username: string; password: string }> = {
  admin: { username: ADMIN.username, password: ADMIN.password },
  coordinator: { username: 'cora', password: SAMPLE_PASSWORD },
  facilitator: { username: 'fynn', password: SAMPLE_PASSWORD },
};

export async function addStaffAccounts(test: SetUpCore): Promise<void> {
  await test.call('createUser', {
    ...ACCOUNTS.coordinator,
    displayName: 'Cora',
    role: 'coordinator',
  });
  await test.call('createUser', {
    ...ACCOUNTS.facilitator,
    displayName: 'Fynn',
    role: 'facilitator',
  });
}

export async function addSampleData(test: SetUpCore): Promise<SampleIds> {
  const location = await test.call('createLocation', { name: 'Main Hall' });
  const group = await test.call(
    'createGroup',
    sampleGroup({ format: 'hybrid', locationId: location.id }),
  );
  const volunteer = await test.call('createVolunteer', fullVolunteer());
  const training = await test.call('createTraining', { name: 'Safeguarding' });
  const trained = await test.call('recordTrainingCompletion', {
    volunteerId: volunteer.id,
    trainingId: training.id,
    completedOn: '2026-01-15',
  });
  const sessionIds = await addSampleSessionRecords(test, {
    groupId: group.id,
    locationId: location.id,
    volunteerId: volunteer.id,
  });
  return {
    ...sessionIds,
    trainingId: training.id,
    completionId: trained.completions[0]!.id,
    recoveryKey: test.recoveryKey,
  };
}

/** Everything a caller could have changed, read through the API and from the key-slot file. */
export async function fingerprint(test: SetUpCore): Promise<string> {
  const groups = await test.call('listGroups', {});
  return JSON.stringify({
    status: await test.call('getVaultStatus', {}),
    groups: await Promise.all(groups.map((g) => test.call('getGroup', { id: g.id }))),
    locations: await test.call('listLocations', {}),
    users: await test.call('listUsers', {}),
    organisation: await test.call('getOrganisation', {}),
    settings: await test.call('getSettings', {}),
    audit: await test.core.vault.store.audit.latest(10_000),
    keySlots: readFileSync(vaultPaths(test.dataDir).keySlots, 'utf8'),
  });
}

export function expectRefusal(result: ApiResult<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}
