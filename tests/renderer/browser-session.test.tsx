import { HEARTBEAT_EVERY_MS, startBrowserSession } from '../../renderer/api/browser-session';
import { call, keepSignedInPageAlive, onSessionLost } from '../../renderer/api/client';
import { hostResponse } from './support/host-response';

const realFetch = global.fetch;
let fetchMock: jest.Mock;
let stopSession: () => void = () => undefined;

/** Loads the page as the browser would: `type` is what Navigation Timing reports. */
function loadPage(type: NavigationTimingType, address = '/?token=launch#/') {
  // jsdom has no Navigation Timing: give the page what Chromium would report.
  Object.defineProperty(performance, 'getEntriesByType', {
    configurable: true,
    value: () => [{ type } as PerformanceNavigationTiming],
  });
  window.history.replaceState(null, '', address);
  stopSession = startBrowserSession();
}

function answer(...responses: Response[]) {
  for (const response of responses) fetchMock.mockResolvedValueOnce(response);
}

function sentHeaders(index: number): Record<string, string> {
  const [, init] = fetchMock.mock.calls[index] as [string, RequestInit];
  return init.headers as Record<string, string>;
}

const signedIn = hostResponse(
  { ok: true, value: { id: 1, username: 'maria', displayName: 'María', role: 'admin' } },
  { headers: { 'X-Circlekeeper-Session': 'session-1' } },
);

async function signInAsMaria() {
  answer(signedIn);
  await call('logIn', { username: 'maria', password: 'kettle-garden-74' });
}

beforeEach(() => {
  fetchMock = jest.fn();
  global.fetch = fetchMock as unknown as typeof fetch;
});

afterEach(() => {
  stopSession();
  global.fetch = realFetch;
  sessionStorage.clear();
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe('the browser tab’s session', () => {
  it('keeps the session token the host hands over at sign-in and sends it on every call', async () => {
    loadPage('navigate');
    await signInAsMaria();
    expect(sentHeaders(0)).not.toHaveProperty('X-Circlekeeper-Session');

    answer(hostResponse({ ok: true, value: [] }));
    await call('listLocations', {});
    expect(sentHeaders(1)).toMatchObject({
      'X-Circlekeeper-Token': 'launch',
      'X-Circlekeeper-Session': 'session-1',
    });
    expect(sentHeaders(1)['X-Circlekeeper-Page']).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each(['lock', 'logOut'] as const)('forgets the session token after %s', async (method) => {
    loadPage('navigate');
    await signInAsMaria();
    answer(hostResponse({ ok: true, value: null }), hostResponse({ ok: true, value: [] }));
    await call(method, {});
    await call('listLocations', {});
    expect(sentHeaders(2)).not.toHaveProperty('X-Circlekeeper-Session');
  });

  it('forgets the session token when the host no longer knows it, and says the session is lost', async () => {
    loadPage('navigate');
    await signInAsMaria();
    const lost = jest.fn();
    const stop = onSessionLost(lost);
    answer(
      hostResponse(
        { ok: false, error: { code: 'NOT_AUTHENTICATED', messageKey: 'errors.NOT_AUTHENTICATED' } },
        { status: 401 },
      ),
      hostResponse({ ok: true, value: [] }),
    );
    await expect(call('listGroups', {})).rejects.toThrow();
    await call('listLocations', {});
    stop();
    expect(lost).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_AUTHENTICATED' }));
    expect(sentHeaders(2)).not.toHaveProperty('X-Circlekeeper-Session');
  });

  it('carries the session on through a reload of the same tab', async () => {
    loadPage('navigate');
    await signInAsMaria();
    stopSession();

    loadPage('reload', '/#/groups');
    answer(hostResponse({ ok: true, value: [] }));
    await call('listLocations', {});
    expect(sentHeaders(1)).toMatchObject({
      'X-Circlekeeper-Token': 'launch',
      'X-Circlekeeper-Session': 'session-1',
    });
  });

  it.each(['back_forward', 'navigate'] as const)(
    'drops a session copied into a restored or duplicated tab (%s)',
    async (type) => {
      loadPage('navigate');
      await signInAsMaria();
      stopSession();

      // Ctrl+Shift+T and "Duplicate tab" both copy sessionStorage into the new page.
      loadPage(type, '/#/groups');
      answer(hostResponse({ ok: true, value: [] }));
      await call('listLocations', {});
      expect(sentHeaders(1)).toMatchObject({ 'X-Circlekeeper-Token': 'launch' });
      expect(sentHeaders(1)).not.toHaveProperty('X-Circlekeeper-Session');
    },
  );

  it('says goodbye to the host when the page goes away, in a request that outlives it', async () => {
    loadPage('navigate');
    await signInAsMaria();
    answer(hostResponse({ ok: true, value: null }));
    window.dispatchEvent(new Event('pagehide'));
    const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(url).toBe('/session/leave');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, body: '{}' });
    expect(init.headers).toMatchObject({
      'Content-Type': 'application/json',
      'X-Circlekeeper-Session': 'session-1',
    });
  });

  it('says nothing on leaving when nobody is signed in', () => {
    loadPage('navigate');
    window.dispatchEvent(new Event('pagehide'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('tells the host every 30 s that the page is open, and notices when it is not', async () => {
    loadPage('navigate');
    await signInAsMaria();
    jest.useFakeTimers();
    const lost = jest.fn();
    const stopLost = onSessionLost(lost);
    const stopAlive = keepSignedInPageAlive();

    answer(hostResponse({ ok: true, value: null }));
    await jest.advanceTimersByTimeAsync(HEARTBEAT_EVERY_MS);
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/session/heartbeat');
    expect(lost).not.toHaveBeenCalled();

    answer(
      hostResponse(
        { ok: false, error: { code: 'NOT_AUTHENTICATED', messageKey: 'errors.NOT_AUTHENTICATED' } },
        { status: 401 },
      ),
    );
    await jest.advanceTimersByTimeAsync(HEARTBEAT_EVERY_MS);
    expect(lost).toHaveBeenCalledTimes(1);
    // Nothing left to keep alive: no more heartbeats.
    await jest.advanceTimersByTimeAsync(HEARTBEAT_EVERY_MS * 3);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    stopAlive();
    stopLost();
  });
});
