import { api, METHOD_NAMES } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import {
  addSampleData,
  addStaffAccounts,
  expectRefusal,
  fingerprint,
  UNUSED_IDS,
  type SetUpCore,
} from '../../support/dispatch-world';
import { sampleInputs, type SampleIds } from '../../support/sample-inputs';
import { createSetUpCore } from '../../support/temp-core';

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
