import { startBrowserSession } from '../../renderer/api/browser-session';
import { ApiCallError, call, onSessionLost } from '../../renderer/api/client';
import { hostResponse } from './support/host-response';
import { fakeCore, ok } from './support/render';

afterEach(() => {
  delete window.circlekeeper;
  sessionStorage.clear();
});

describe('the API client', () => {
  it('uses the Electron bridge when the preload provides one', async () => {
    const calls = fakeCore({ getGroup: () => ok({ id: 4, name: 'Grief Circle' }) });
    await expect(call('getGroup', { id: 4 })).resolves.toEqual({ id: 4, name: 'Grief Circle' });
    expect(calls).toEqual([{ method: 'getGroup', input: { id: 4 } }]);
  });

  it('throws the ApiError and announces a lost session on LOCKED', async () => {
    fakeCore({
      listGroups: () => ({ ok: false, error: { code: 'LOCKED', messageKey: 'errors.LOCKED' } }),
    });
    const lost = jest.fn();
    const stop = onSessionLost(lost);
    const error = await call('listGroups', {}).catch((e: unknown) => e);
    stop();
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('LOCKED');
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('does not announce a lost session for ordinary errors', async () => {
    fakeCore({
      logIn: () => ({
        ok: false,
        error: { code: 'WRONG_CREDENTIALS', messageKey: 'errors.WRONG_CREDENTIALS' },
      }),
    });
    const lost = jest.fn();
    const stop = onSessionLost(lost);
    await expect(call('logIn', { username: 'maria', password: 'x' })).rejects.toBeInstanceOf(
      ApiCallError,
    );
    stop();
    expect(lost).not.toHaveBeenCalled();
  });

  describe('over HTTP (browser host)', () => {
    const realFetch = global.fetch;
    afterEach(() => {
      global.fetch = realFetch;
    });

    it('takes the token out of the address bar and sends it as a header', async () => {
      window.history.replaceState(null, '', '/?token=s3cret#/groups');
      startBrowserSession()();
      expect(window.location.search).toBe('');
      expect(window.location.hash).toBe('#/groups');

      const fetchMock = jest.fn(async () => hostResponse({ ok: true, value: [] }));
      global.fetch = fetchMock as unknown as typeof fetch;
      await expect(call('listLocations', {})).resolves.toEqual([]);
      const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe('/api/listLocations');
      expect(init.method).toBe('POST');
      expect(init.headers).toMatchObject({
        'Content-Type': 'application/json',
        'X-Circlekeeper-Token': 's3cret',
      });
    });

    it('turns a failed fetch into errors.NETWORK', async () => {
      global.fetch = jest.fn(async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch;
      const error = (await call('getDashboard', {}).catch((e: unknown) => e)) as ApiCallError;
      expect(error.error).toEqual({ code: 'INTERNAL', messageKey: 'errors.NETWORK' });
    });
  });
});
