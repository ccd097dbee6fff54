import { readFileSync, rmSync } from 'node:fs';
import { api, METHOD_NAMES } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import { ROLES, type Role } from '../../../shared/api/roles';
import { Core } from '../../../main/core/core';
import { logErrorSafely } from '../../../main/core/dispatch';
import { vaultPaths } from '../../../main/vault/vault';
import { withRawVaultDatabase } from '../../support/raw-database';
import { addSampleSessionRecords } from '../../support/session-world';
import {
  fullVolunteer,
  sampleInputs,
  SAMPLE_PASSWORD,
  type SampleIds,
} from '../../support/sample-inputs';
import {
  ADMIN,
  createSetUpCore,
  createTestCore,
  makeTempDir,
  sampleGroup,
  TEST_SCRYPT,
} from '../../support/temp-core';

type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

/** Ids for samples whose records are never looked up. */
const UNUSED_IDS = {
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

const NON_PUBLIC = METHOD_NAMES.filter((m) => api[m].access !== 'public');
const PUBLIC = METHOD_NAMES.filter((m) => api[m].access === 'public');

const ACCOUNTS: Record<Role, { username: string; password: string }> = {
  admin: { username: ADMIN.username, password: ADMIN.password },
  coordinator: { username: 'cora', password: SAMPLE_PASSWORD },
  facilitator: { username: 'fynn', password: SAMPLE_PASSWORD },
};

async function addStaffAccounts(test: SetUpCore): Promise<void> {
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

async function addSampleData(test: SetUpCore): Promise<SampleIds> {
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
async function fingerprint(test: SetUpCore): Promise<string> {
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

function expectRefusal(result: ApiResult<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function deeplyNested(depth: number): object {
  let value: object = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { nested: value };
  return value;
}

const HUGE = 'x'.repeat(1_000_000);
const pollution = (): Record<string, unknown> => JSON.parse('{"__proto__":{"polluted":1}}');

/** Whole inputs that no method accepts. */
const GARBAGE_INPUTS: [string, () => unknown][] = [
  ['a number', () => 42],
  ['a string', () => 'x'],
  ['a huge string', () => HUGE],
  ['an array', () => []],
  ['a boolean', () => true],
  ['an object with an own __proto__ key', pollution],
  ['a deeply nested object', () => deeplyNested(5_000)],
  ['an object of unknown keys', () => ({ method: 'lock', role: 'admin', id: 1 })],
];

/** Values that fit no field of any method. */
const GARBAGE_VALUES: [string, unknown][] = [
  ['a huge string', HUGE],
  ['a nested object', deeplyNested(50)],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-1', -1],
  ['1.5', 1.5],
  ['an empty object', {}],
  ['a function', () => 'x'],
];

/** Dotted paths of every field set in `input`, nested objects included (arrays are leaves). */
function fieldPaths(input: unknown, prefix: string[] = []): string[][] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [prefix];
  return Object.entries(input).flatMap(([key, value]) => {
    const here = [...prefix, key];
    const nested = value !== null && typeof value === 'object' && !Array.isArray(value);
    return nested ? [here, ...fieldPaths(value, here)] : [here];
  });
}

function withValueAt(input: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const object = input as Record<string, unknown>;
  return { ...object, [head]: withValueAt(object[head], rest, value) };
}

function expectValidationFailure(error: ApiError): void {
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.messageKey).toBe('errors.VALIDATION_FAILED');
  expect(error.fieldErrors?.length).toBeGreaterThan(0);
  for (const fieldError of error.fieldErrors ?? []) {
    expect(typeof fieldError.path).toBe('string');
    expect(fieldError.messageKey).toMatch(/^validation\.[A-Za-z]+$/);
  }
}

describe('dispatching a call', () => {
  let test: SetUpCore;

  beforeAll(async () => {
    test = await createSetUpCore();
  });

  afterAll(() => test.cleanUp());

  it.each([
    ['an unknown name', 'dropAllTables'],
    ['an empty name', ''],
    ['a name from Object.prototype', 'constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
    ['a name in another case', 'LISTGROUPS'],
  ])('refuses %s with UNKNOWN_METHOD', async (_what, method) => {
    expect(await test.refuse(method, {})).toEqual({
      code: 'UNKNOWN_METHOD',
      messageKey: 'errors.UNKNOWN_METHOD',
    });
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object', { name: 'listGroups' }],
    ['an array', ['listGroups']],
  ])('refuses a method name that is %s with UNKNOWN_METHOD', async (_what, method) => {
    const result = await test.core.call(method as unknown as string, {});
    expect(expectRefusal(result).code).toBe('UNKNOWN_METHOD');
  });
});

describe('calls without a session', () => {
  it('refuses every non-public method with LOCKED on a fresh data dir, and creates nothing', async () => {
    const test = createTestCore();
    try {
      const samples = sampleInputs({ ...UNUSED_IDS, recoveryKey: 'x' });
      for (const method of NON_PUBLIC) {
        for (const input of [{}, samples[method]]) {
          const error = await test.refuse(method, input);
          expect({ method, code: error.code }).toEqual({ method, code: 'LOCKED' });
        }
      }
      expect(await test.call('getVaultStatus', {})).toMatchObject({ state: 'new' });
    } finally {
      await test.cleanUp();
    }
  });

  it('refuses every non-public method with LOCKED once locked, and changes nothing', async () => {
    const test = await createSetUpCore();
    try {
      const ids = await addSampleData(test);
      const before = await fingerprint(test);
      await test.call('lock', {});
      const samples = sampleInputs(ids);
      for (const method of NON_PUBLIC) {
        const error = await test.refuse(method, samples[method]);
        expect({ method, code: error.code }).toEqual({ method, code: 'LOCKED' });
      }
      await test.call('logIn', ACCOUNTS.admin);
      const after = JSON.parse(await fingerprint(test)) as Record<string, unknown>;
      const expected = JSON.parse(before) as Record<string, unknown>;
      expect(after.groups).toEqual(expected.groups);
      expect(after.locations).toEqual(expected.locations);
      expect(after.audit).toEqual(expected.audit);
      expect(after.keySlots).toEqual(expected.keySlots);
    } finally {
      await test.cleanUp();
    }
  });
});

describe('the role matrix, derived from the contract', () => {
  let test: SetUpCore;

  beforeAll(async () => {
    test = await createSetUpCore();
    await addStaffAccounts(test);
    await addSampleData(test);
  });

  afterAll(() => test.cleanUp());

  const cases = NON_PUBLIC.flatMap((method) => ROLES.map((role) => [method, role] as const));

  it('covers every method in the contract', () => {
    expect(NON_PUBLIC.length + PUBLIC.length).toBe(Object.keys(api).length);
    expect(cases.length).toBe(NON_PUBLIC.length * ROLES.length);
  });

  it.each(cases)(
    '%s as %s is refused exactly when the contract leaves the role out',
    async (method, role) => {
      await test.call('logIn', ACCOUNTS[role]);
      const access = api[method].access as readonly Role[];
      // Authorization comes before validation: even an empty input must be refused.
      const result = await test.core.call(method, {});
      if (access.includes(role)) {
        expect(result.ok ? 'ok' : result.error.code).not.toBe('FORBIDDEN');
      } else {
        expect(expectRefusal(result)).toEqual({
          code: 'FORBIDDEN',
          messageKey: 'errors.FORBIDDEN',
        });
        expect(expectRefusal(await test.core.call(method, 42))).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
    },
  );

  it.each(PUBLIC.flatMap((method) => ROLES.map((role) => [method, role] as const)))(
    'public method %s is never FORBIDDEN for %s',
    async (method, role) => {
      await test.call('logIn', ACCOUNTS[role]);
      const result = await test.core.call(method, {});
      expect(result.ok ? 'ok' : result.error.code).not.toBe('FORBIDDEN');
    },
  );

  it('lets a facilitator read groups but not change them', async () => {
    await test.call('logIn', ACCOUNTS.facilitator);
    expect(Array.isArray(await test.call('listGroups', {}))).toBe(true);
    expect(await test.refuse('createGroup', sampleGroup())).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('malformed input', () => {
  let test: SetUpCore;
  let ids: SampleIds;
  let before: string;

  beforeAll(async () => {
    test = await createSetUpCore();
    await addStaffAccounts(test);
    ids = await addSampleData(test);
    before = await fingerprint(test);
  });

  afterAll(() => test.cleanUp());

  it('starts from sample inputs that every schema accepts', () => {
    const samples = sampleInputs(ids);
    for (const method of METHOD_NAMES) {
      expect({ method, ok: api[method].input.safeParse(samples[method]).success }).toEqual({
        method,
        ok: true,
      });
    }
  });

  it.each(METHOD_NAMES)('%s refuses garbage inputs with VALIDATION_FAILED', async (method) => {
    const inputs = [...GARBAGE_INPUTS];
    // null means "no input" to methods that take none, like undefined does.
    if (!api[method].input.safeParse(undefined).success) inputs.push(['null', () => null]);
    for (const [what, make] of inputs) {
      const error = expectRefusal(await test.core.call(method, make()));
      expect({ what, code: error.code }).toEqual({ what, code: 'VALIDATION_FAILED' });
      expectValidationFailure(error);
    }
  });

  it.each(METHOD_NAMES)('%s refuses a valid input with an unknown key added', async (method) => {
    const sample = sampleInputs(ids)[method] as Record<string, unknown>;
    for (const input of [
      { ...sample, unexpectedKey: 1 },
      { ...sample, ...pollution() },
      { ...sample, constructor: { prototype: { polluted: 1 } } },
    ]) {
      const error = expectRefusal(await test.core.call(method, input));
      expectValidationFailure(error);
      expect(error.fieldErrors).toContainEqual(
        expect.objectContaining({ messageKey: 'validation.unknownField' }),
      );
    }
  });

  it.each(
    METHOD_NAMES.filter((m) =>
      fieldPaths(sampleInputs({ ...UNUSED_IDS, recoveryKey: '' })[m]).some((p) => p.length > 0),
    ),
  )(
    '%s refuses each field replaced by a value of the wrong kind, naming the field',
    async (method) => {
      const sample = sampleInputs(ids)[method];
      for (const path of fieldPaths(sample)) {
        for (const [what, value] of GARBAGE_VALUES) {
          const result = await test.core.call(method, withValueAt(sample, path, value));
          const where = `${path.join('.')} = ${what}`;
          expect({ where, code: result.ok ? 'ok' : result.error.code }).toEqual({
            where,
            code: 'VALIDATION_FAILED',
          });
          const error = expectRefusal(result);
          expectValidationFailure(error);
          const dotted = path.join('.');
          const named = error.fieldErrors?.some(
            (e) => e.path === dotted || e.path.startsWith(`${dotted}.`),
          );
          expect({ where, named }).toEqual({ where, named: true });
        }
      }
    },
  );

  it('refuses a nested unknown key with its dotted path', async () => {
    const sample = sampleInputs(ids).createGroup;
    const error = expectRefusal(
      await test.core.call('createGroup', {
        ...sample,
        schedule: { ...sample.schedule, extra: 1 },
      }),
    );
    expect(error.fieldErrors).toContainEqual({
      path: 'schedule',
      messageKey: 'validation.unknownField',
      params: { keys: 'extra' },
    });
  });

  it('changed nothing, polluted no prototype and left the session as it was', async () => {
    expect(await fingerprint(test)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await test.call('getVaultStatus', {})).toMatchObject({
      isUnlocked: true,
      user: { username: 'admin' },
    });
  });
});

describe('an unexpected failure inside a handler', () => {
  const MARKER = 'PRIVATEMARKER7f3a';

  it("answers INTERNAL 'errors.INTERNAL' and logs no personal data", async () => {
    const dataDir = makeTempDir();
    const logged: { method: string; error: unknown }[] = [];
    const printed: string[] = [];
    const consoleError = jest
      .spyOn(console, 'error')
      .mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    const core = new Core({
      dataDir,
      scrypt: TEST_SCRYPT,
      isIdleLockTimerOn: false,
      logError: (method, error) => {
        logged.push({ method, error });
        logErrorSafely(method, error);
      },
    });
    try {
      await core.call('setUpVault', sampleInputs({ ...UNUSED_IDS, recoveryKey: '' }).setUpVault);
      const created = await core.call('createGroup', sampleGroup({ name: `Group ${MARKER}` }));
      if (!created.ok) throw new Error('createGroup failed');
      const groupId = (created.value as { id: number }).id;
      await core.call('lock', {});
      // A row the app itself could never write: its languages are not JSON.
      await withRawVaultDatabase(dataDir, ADMIN, (raw) =>
        raw
          .prepare('UPDATE support_group SET languages = ? WHERE id = ?')
          .run(`${MARKER} {`, groupId),
      );
      await core.call('logIn', { username: ADMIN.username, password: ADMIN.password });

      const result = await core.call('getGroup', { id: groupId });

      expect(result).toEqual({
        ok: false,
        error: { code: 'INTERNAL', messageKey: 'errors.INTERNAL' },
      });
      expect(logged.map((entry) => entry.method)).toEqual(['getGroup']);
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('getGroup');
      expect(printed.join('\n')).not.toContain(MARKER);
      expect((await core.call('getVaultStatus', {})).ok).toBe(true);
    } finally {
      consoleError.mockRestore();
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
