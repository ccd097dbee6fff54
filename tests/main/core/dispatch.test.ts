import { rmSync } from 'node:fs';
import { Core } from '../../../main/core/core';
import { logErrorSafely } from '../../../main/core/dispatch';
import { expectRefusal, UNUSED_IDS, type SetUpCore } from '../../support/dispatch-world';
import { withRawVaultDatabase } from '../../support/raw-database';
import { sampleInputs } from '../../support/sample-inputs';
import {
  ADMIN,
  createSetUpCore,
  makeTempDir,
  sampleGroup,
  TEST_SCRYPT,
} from '../../support/temp-core';

// Method names that are not methods, and a handler that fails unexpectedly. The role matrix,
// locked calls and malformed input have files of their own beside this one.

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
