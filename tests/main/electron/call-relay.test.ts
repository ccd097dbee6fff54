import type { ApiResult } from '../../../shared/api/errors';
import type { CoreCaller } from '../../../main/core/core-caller';
import { relayCall } from '../../../main/electron/call-relay';

function fakeCore(answer: () => Promise<ApiResult<unknown>>) {
  const calls: Array<[string, unknown]> = [];
  const core: CoreCaller = {
    call(method, input) {
      calls.push([method, input]);
      return answer();
    },
    close: async () => undefined,
  };
  return { core, calls };
}

const GROUPS: ApiResult<unknown> = { ok: true, value: [{ id: 1, name: 'Grief circle' }] };

describe('relaying IPC calls to the core', () => {
  it('passes a valid call through and returns the core result unchanged', async () => {
    const { core, calls } = fakeCore(async () => GROUPS);
    await expect(relayCall(core, 'listGroups', { status: 'active' })).resolves.toBe(GROUPS);
    expect(calls).toEqual([['listGroups', { status: 'active' }]]);
  });

  it('refuses an unknown method without bothering the core', async () => {
    const { core, calls } = fakeCore(async () => GROUPS);
    for (const method of ['dropDatabase', '__proto__', 7, undefined]) {
      await expect(relayCall(core, method, {})).resolves.toEqual({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', messageKey: 'errors.UNKNOWN_METHOD' },
      });
    }
    expect(calls).toEqual([]);
  });

  it('refuses input that is not an object', async () => {
    const { core, calls } = fakeCore(async () => GROUPS);
    await expect(relayCall(core, 'getGroup', [1])).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(calls).toEqual([]);
  });

  it('turns a failing core into an INTERNAL error without leaking what failed', async () => {
    const { core } = fakeCore(() => Promise.reject(new Error('SQLITE_CORRUPT at /home/x.db')));
    const result = await relayCall(core, 'listGroups', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', messageKey: 'errors.INTERNAL' },
    });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
  });
});
