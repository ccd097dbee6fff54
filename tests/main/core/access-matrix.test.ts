import { readFileSync } from 'node:fs';
import { api, METHOD_NAMES, type MethodName } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { ROLES, type Role } from '../../../shared/api/roles';
import { vaultPaths } from '../../../main/vault/vault';
import { linkAccountToVolunteer } from '../../support/people';
import {
  fullVolunteer,
  sampleInputs,
  SAMPLE_PASSWORD,
  type SampleIds,
} from '../../support/sample-inputs';
import { addSampleSessionRecords } from '../../support/session-world';
import { ADMIN, createSetUpCore, sampleGroup } from '../../support/temp-core';

// The role × method × scope matrix, derived from the contract: every method, every role, and
// for a facilitator, their own group against someone else's.

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

const NON_PUBLIC = METHOD_NAMES.filter((m) => api[m].access !== 'public');
const rolesOf = (m: MethodName) => api[m].access as readonly Role[];
const SCOPED = METHOD_NAMES.filter((m) => api[m].scope !== 'all');

const ACCOUNTS: Record<Role, { username: string; password: string }> = {
  admin: { username: ADMIN.username, password: ADMIN.password },
  coordinator: { username: 'cora', password: SAMPLE_PASSWORD },
  facilitator: { username: 'fynn', password: SAMPLE_PASSWORD },
};
/** A facilitator account nobody has linked to a volunteer yet. */
const UNLINKED = { username: 'una', password: SAMPLE_PASSWORD };

/** Methods whose sample would end or change the session the matrix runs in. */
const SESSION_CHANGING = new Set<MethodName>([
  'lock',
  'logOut',
  'changePassword',
  'replaceRecoveryKey',
]);

interface World {
  test: SetUpCore;
  ids: SampleIds;
  otherGroupId: number;
  otherGroupName: string;
  /** A session of the other group. */
  otherSessionId: number;
}

/**
 * Two groups: Fynn (facilitator, linked to a volunteer) co-facilitates "Own Circle" with Mara;
 * "Other Circle" is not his. The sample ids point at his own group.
 */
async function buildWorld(): Promise<World> {
  const test = await createSetUpCore();
  for (const [role, account] of [
    ['coordinator', ACCOUNTS.coordinator],
    ['facilitator', ACCOUNTS.facilitator],
    ['facilitator', UNLINKED],
  ] as const) {
    await test.call('createUser', { ...account, displayName: account.username, role });
  }
  const location = await test.call('createLocation', { name: 'Main Hall' });
  const own = await test.call('createGroup', sampleGroup({ name: 'Own Circle' }));
  const other = await test.call('createGroup', sampleGroup({ name: 'Other Circle' }));
  const fynn = await test.call(
    'createVolunteer',
    fullVolunteer({
      firstName: 'Fynn',
      lastName: 'Holm',
      preferredName: '',
      phone: '+44 7700 900777',
    }),
  );
  const mara = await test.call('createVolunteer', fullVolunteer());
  const training = await test.call('createTraining', { name: 'Safeguarding' });
  const trained = await test.call('recordTrainingCompletion', {
    volunteerId: mara.id,
    trainingId: training.id,
    completedOn: '2026-01-15',
  });
  await test.call('assignFacilitator', { groupId: own.id, volunteerId: fynn.id, role: 'co' });
  await test.call('assignFacilitator', { groupId: other.id, volunteerId: mara.id, role: 'lead' });
  await linkAccountToVolunteer(test, ACCOUNTS.facilitator.username, fynn.id);
  const sessionIds = await addSampleSessionRecords(test, {
    groupId: own.id,
    locationId: location.id,
    volunteerId: mara.id,
  });
  const otherSession = await test.call('addExtraSession', {
    groupId: other.id,
    date: '2026-12-20',
    startTime: '18:00',
    durationMinutes: 60,
  });
  return {
    test,
    otherGroupId: other.id,
    otherGroupName: other.name,
    otherSessionId: otherSession.id,
    ids: {
      ...sessionIds,
      trainingId: training.id,
      completionId: trained.completions[0]!.id,
      recoveryKey: test.recoveryKey,
    },
  };
}

/** Everything a caller could change, read as the admin through the API and from disk. */
async function fingerprint(test: SetUpCore): Promise<string> {
  const groups = await test.call('listGroups', {});
  return JSON.stringify({
    groups: await Promise.all(groups.map((g) => test.call('getGroup', { id: g.id }))),
    facilitators: await Promise.all(
      groups.map((g) => test.call('listGroupFacilitators', { groupId: g.id })),
    ),
    volunteers: await test.call('listVolunteers', { limit: 200 }),
    trainings: await test.call('listTrainings', {}),
    locations: await test.call('listLocations', {}),
    users: await test.call('listUsers', {}),
    organisation: await test.call('getOrganisation', {}),
    settings: await test.call('getSettings', {}),
    audit: await test.core.vault.store.audit.latest(10_000),
    keySlots: readFileSync(vaultPaths(test.dataDir).keySlots, 'utf8'),
  });
}

const IDS_FOR_SHAPES: SampleIds = {
  groupId: 1,
  locationId: 1,
  volunteerId: 1,
  trainingId: 1,
  completionId: 1,
  recoveryKey: '',
  sessionId: 1,
  participantId: 1,
  incidentId: 1,
  closureId: 1,
};

const codeOf = (result: ApiResult<unknown>) => (result.ok ? 'ok' : result.error.code);

describe('every method declares its access and its scope', () => {
  it.each(METHOD_NAMES)('%s has an access list and a scope the dispatcher knows', (m) => {
    const spec = api[m] as { access?: unknown; scope?: unknown };
    expect(spec.access === 'public' || Array.isArray(spec.access)).toBe(true);
    if (Array.isArray(spec.access)) {
      expect(spec.access.length).toBeGreaterThan(0);
      for (const role of spec.access) expect(ROLES).toContain(role);
    }
    const scope = spec.scope as
      | 'all'
      | { kind: string; groupIdInput?: string; sessionIdInput?: string; groupIdInRows?: string }
      | undefined;
    expect(scope).toBeDefined();
    if (scope === 'all') return;
    expect(scope?.kind).toBe('ownGroups');
    // Exactly one way to find the group: the input names it or one of its sessions, or each row
    // carries it.
    const ways = [scope?.groupIdInput, scope?.sessionIdInput, scope?.groupIdInRows];
    expect(ways.filter(Boolean)).toHaveLength(1);
    const inputField = scope?.groupIdInput ?? scope?.sessionIdInput;
    if (inputField) {
      const sample = sampleInputs(IDS_FOR_SHAPES)[m] as Record<string, unknown>;
      expect(Object.keys(sample)).toContain(inputField);
    }
  });

  it('gives every method a facilitator may call with a group id an own-groups scope', () => {
    const unscoped = METHOD_NAMES.filter((m) => {
      const sample = sampleInputs(IDS_FOR_SHAPES)[m] as Record<string, unknown> | undefined;
      const namesAGroup = sample !== undefined && 'groupId' in sample;
      const forFacilitators = api[m].access !== 'public' && rolesOf(m).includes('facilitator');
      return namesAGroup && forFacilitators && api[m].scope === 'all';
    });
    expect(unscoped).toEqual([]);
  });
});

describe.each(ROLES)('the matrix for a %s', (role) => {
  let world: World;

  beforeAll(async () => {
    world = await buildWorld();
  });

  afterAll(() => world.test.cleanUp());

  const denied = NON_PUBLIC.filter((m) => !rolesOf(m).includes(role));
  const allowed = NON_PUBLIC.filter((m) => rolesOf(m).includes(role));

  it('refuses every method the contract leaves this role out of with FORBIDDEN, changing nothing', async () => {
    const { test, ids } = world;
    const before = await fingerprint(test);
    await test.call('logIn', ACCOUNTS[role]);
    const samples = sampleInputs(ids);
    const codes = [];
    for (const m of denied) codes.push([m, codeOf(await test.core.call(m, samples[m]))]);
    expect(codes).toEqual(denied.map((m) => [m, 'FORBIDDEN']));
    await test.call('logIn', ACCOUNTS.admin);
    expect(await fingerprint(test)).toBe(before);
  });

  it('never refuses an allowed method with FORBIDDEN, on records of its own', async () => {
    const { test, ids } = world;
    const samples = sampleInputs(ids);
    const codes = [];
    for (const m of allowed) {
      await test.call('logIn', ACCOUNTS[role]);
      const input = SESSION_CHANGING.has(m) ? {} : samples[m];
      codes.push([m, codeOf(await test.core.call(m, input))]);
    }
    expect(codes.filter(([, code]) => code === 'FORBIDDEN')).toEqual([]);
    // One sign-in per method (about a hundred of them), each a deliberately slow key derivation.
  }, 60_000);
});

describe('a facilitator and the records of other groups', () => {
  let world: World;

  beforeAll(async () => {
    world = await buildWorld();
  });

  afterAll(() => world.test.cleanUp());

  /** The input field naming the group (or one of its sessions), and an id of the other group's. */
  const namedBy = (m: MethodName, world: World): { field: string; otherIds: number[] } | null => {
    const scope = api[m].scope;
    if (scope === 'all') return null;
    if (scope.groupIdInput) return { field: scope.groupIdInput, otherIds: [world.otherGroupId] };
    if (scope.sessionIdInput)
      return { field: scope.sessionIdInput, otherIds: [world.otherSessionId] };
    return null;
  };
  const byInput = SCOPED.filter((m) => {
    const scope = api[m].scope;
    return scope !== 'all' && (scope.groupIdInput ?? scope.sessionIdInput) !== undefined;
  });

  it.each(byInput)(
    '%s with another group, or one that does not exist, is refused without its data',
    async (m) => {
      const { test, ids, otherGroupName } = world;
      await test.call('logIn', ACCOUNTS.facilitator);
      const { field, otherIds } = namedBy(m, world)!;
      const inputs = [...otherIds, 9_999].map((other) => ({
        ...sampleInputs(ids)[m],
        [field]: other,
      }));
      const answers = [];
      for (const input of inputs) {
        const result = await test.core.call(m, input);
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(result));
        expect(JSON.stringify(result)).not.toContain(otherGroupName);
        expect(JSON.stringify(result)).not.toContain('Okafor');
        answers.push(codeOf(result));
      }
      // The same answer for a record that exists and one that does not: nothing to probe.
      expect(new Set(answers).size).toBe(1);
      expect(codeOf(await test.core.call(m, sampleInputs(ids)[m]))).toBe('ok');
    },
  );

  it('lists only the groups the facilitator facilitates', async () => {
    const { test, ids } = world;
    await test.call('logIn', ACCOUNTS.facilitator);
    const groups = await test.call('listGroups', {});
    expect(groups.map((g) => g.id)).toEqual([ids.groupId]);
  });

  it('shows a facilitator only the name and phone of the people they facilitate with', async () => {
    const { test, ids } = world;
    await test.call('logIn', ACCOUNTS.admin);
    await test.call('assignFacilitator', {
      groupId: ids.groupId,
      volunteerId: ids.volunteerId,
      role: 'lead',
    });
    await test.call('logIn', ACCOUNTS.facilitator);
    const rows = await test.call('listGroupFacilitators', { groupId: ids.groupId });
    expect(rows).toEqual([
      { displayName: 'Mara Okafor', phone: '+44 7700 900123' },
      { displayName: 'Fynn Holm', phone: '+44 7700 900777' },
    ]);
    await test.call('logIn', ACCOUNTS.admin);
    await test.call('removeFacilitator', { groupId: ids.groupId, volunteerId: ids.volunteerId });
  });

  it('shows a facilitator account linked to no volunteer no group at all', async () => {
    const { test, ids } = world;
    await test.call('logIn', UNLINKED);
    expect(await test.call('listGroups', {})).toEqual([]);
    expect(await test.refuse('getGroup', { id: ids.groupId })).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'errors.notYourGroup',
    });
    expect(await test.call('getDashboard', {})).toMatchObject({ needsVolunteerLink: true });
  });

  it('lets staff see every group and every facilitator in full', async () => {
    const { test, otherGroupId } = world;
    await test.call('logIn', ACCOUNTS.coordinator);
    expect(await test.call('listGroups', {})).toHaveLength(2);
    const [lead] = await test.call('listGroupFacilitators', { groupId: otherGroupId });
    expect(lead).toMatchObject({ role: 'lead', readiness: expect.any(Object) });
  });
});
