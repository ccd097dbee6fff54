import {
  startWebHost,
  PAGE_HEADER,
  SESSION_HEADER,
  TOKEN_HEADER,
  type WebHost,
} from '../../../main/web/server';
import { PAGE_SESSION_RULES } from '../../../main/web/page-session';
import { manualClock, type ManualClock } from '../../support/clock';
import { rawRequest, type RawResponse } from '../../support/http';
import { ADMIN, createTestCore, makeTempDir, type TestCore } from '../../support/temp-core';

const { graceMs, idleMs } = PAGE_SESSION_RULES;
const SETUP = {
  organisationName: 'Riverside Community Centre',
  timeZone: 'Europe/London',
  language: 'en',
  admin: ADMIN,
};
const LOGIN = { username: ADMIN.username, password: ADMIN.password };

describe('browser host sessions', () => {
  let test: TestCore;
  let host: WebHost;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = manualClock();
    test = createTestCore();
    host = await startWebHost({ core: test.core, rendererDir: makeTempDir(), now: clock.now });
  });

  afterEach(async () => {
    await host.close();
    await test.cleanUp();
  });

  /** A request as the page makes it; `session` is the token it got at sign-in, if any. */
  function post(path: string, body: unknown, session?: string, page = 'page-1') {
    return rawRequest(`${host.origin}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: host.origin,
        [TOKEN_HEADER]: host.token,
        [PAGE_HEADER]: page,
        ...(session === undefined ? {} : { [SESSION_HEADER]: session }),
      },
      body: JSON.stringify(body),
    });
  }
  const api = (method: string, input: unknown, session?: string, page?: string) =>
    post(`/api/${method}`, input, session, page);
  const result = (res: RawResponse) =>
    JSON.parse(res.body) as { ok: boolean; value?: unknown; error?: { code: string } };

  async function signIn(method = 'setUpVault', input: unknown = SETUP, page?: string) {
    const res = await api(method, input, undefined, page);
    expect(result(res)).toMatchObject({ ok: true });
    const token = res.headers[SESSION_HEADER];
    if (typeof token !== 'string') throw new Error('no session token');
    return token;
  }

  async function expectRefused(res: Promise<RawResponse>) {
    const answer = await res;
    expect(answer.status).toBe(401);
    expect(result(answer)).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
  }

  it('hands the page that signs in a fresh session token, which every other call needs', async () => {
    const session = await signIn();
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session).not.toBe(host.token);
    expect(result(await api('listLocations', {}, session))).toEqual({ ok: true, value: [] });
    await expectRefused(api('listLocations', {}));
    await expectRefused(api('listLocations', {}, 'x'.repeat(43)));
    await expectRefused(api('listLocations', {}, host.token));
  });

  it('gives no token for a refused sign-in', async () => {
    await api('logOut', {}, await signIn());
    const res = await api('logIn', { username: 'admin', password: 'not-the-password' });
    expect(result(res)).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    expect(res.headers[SESSION_HEADER]).toBeUndefined();
  });

  it('tells a page that is not signed in only whether the app is set up, naming nobody', async () => {
    const session = await signIn();
    const outsider = await api('getVaultStatus', {});
    expect(result(outsider)).toEqual({
      ok: true,
      value: { state: 'ready', isUnlocked: false, user: null, idleLockMinutes: null },
    });
    expect(outsider.body).not.toContain(ADMIN.username);
    expect(outsider.body).not.toContain(ADMIN.displayName);
    expect(result(await api('getVaultStatus', {}, session))).toMatchObject({
      value: { isUnlocked: true, user: { username: ADMIN.username } },
    });
  });

  it.each(['lock', 'logOut'])(
    'stops the session token at once on %s, and the next sign-in gets a new one',
    async (method) => {
      const first = await signIn();
      expect(result(await api(method, {}, first))).toEqual({ ok: true, value: null });
      await expectRefused(api('listLocations', {}, first));
      const second = await signIn('logIn', LOGIN);
      expect(second).not.toBe(first);
      await expectRefused(api('listLocations', {}, first));
      expect(result(await api('listLocations', {}, second))).toMatchObject({ ok: true });
    },
  );

  it('keeps one signed-in page: a sign-in in another tab ends the first tab’s session', async () => {
    const first = await signIn('setUpVault', SETUP, 'tab-a');
    const second = await signIn('logIn', LOGIN, 'tab-b');
    await expectRefused(api('listLocations', {}, first, 'tab-a'));
    expect(result(await api('listLocations', {}, second, 'tab-b'))).toMatchObject({ ok: true });
  });

  it('lets a reloaded page carry on within the grace period', async () => {
    const session = await signIn('setUpVault', SETUP, 'before-reload');
    expect((await post('/session/leave', {}, session, 'before-reload')).status).toBe(200);
    clock.advance(graceMs - 1);
    expect(result(await api('listLocations', {}, session, 'after-reload'))).toMatchObject({
      ok: true,
    });
    clock.advance(graceMs * 2);
    expect(result(await api('listLocations', {}, session, 'after-reload'))).toMatchObject({
      ok: true,
    });
  });

  it('signs the core out when a page that said goodbye does not come back (a closed tab)', async () => {
    const session = await signIn();
    await post('/session/leave', {}, session);
    clock.advance(graceMs);
    await expectRefused(api('listLocations', {}, session));
    expect(test.core.vault.isUnlocked).toBe(false);
    expect(result(await api('getVaultStatus', {}, session))).toMatchObject({
      value: { isUnlocked: false, user: null },
    });
  });

  it('signs the core out when the page goes silent, and heartbeats keep it from doing so', async () => {
    const session = await signIn();
    clock.advance(idleMs - 1);
    expect((await post('/session/heartbeat', {}, session)).status).toBe(200);
    clock.advance(idleMs - 1);
    expect(result(await api('listLocations', {}, session))).toMatchObject({ ok: true });
    clock.advance(idleMs);
    await expectRefused(post('/session/heartbeat', {}, session));
    expect(test.core.vault.isUnlocked).toBe(false);
  });

  it('ends the session when the core has locked itself for idleness, at the next heartbeat', async () => {
    const session = await signIn();
    await test.core.vault.lock();
    await expectRefused(post('/session/heartbeat', {}, session));
    // Refused by the host itself, not passed on to the core to say LOCKED.
    await expectRefused(api('listLocations', {}, session));
  });

  it('ends the session when a call finds the core locked', async () => {
    const session = await signIn();
    await test.core.vault.lock();
    expect(result(await api('listLocations', {}, session))).toMatchObject({
      error: { code: 'LOCKED' },
    });
    await test.call('logIn', LOGIN);
    await expectRefused(api('listLocations', {}, session));
  });

  it('ends the session when a call finds the signed-in account disabled', async () => {
    const session = await signIn();
    await test.call('createUser', { ...LOGIN, username: 'bea', displayName: 'Bea', role: 'admin' });
    expect(result(await api('disableUser', { id: 1 }, session))).toMatchObject({ ok: true });
    expect(result(await api('listLocations', {}, session))).toMatchObject({
      error: { code: 'ACCOUNT_DISABLED' },
    });
    await test.call('logIn', { ...LOGIN, username: 'bea' });
    await expectRefused(api('listLocations', {}, session));
  });

  it('holds heartbeats and goodbyes to the same rules as API calls', async () => {
    const session = await signIn();
    const stale = await rawRequest(`${host.origin}/session/leave`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SESSION_HEADER]: session },
      body: '{}',
    });
    expect(stale.status).toBe(403);
    const asForm = await rawRequest(`${host.origin}/session/heartbeat`, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        [TOKEN_HEADER]: host.token,
        [SESSION_HEADER]: session,
      },
      body: '{}',
    });
    expect(asForm.status).toBe(415);
    await expectRefused(post('/session/leave', {}, 'x'.repeat(43)));
    expect((await rawRequest(`${host.origin}/session/other`, { method: 'POST' })).status).toBe(404);
  });
});

describe('browser host session sweep', () => {
  it('signs the core out after a closed tab’s grace period even if no request ever comes', async () => {
    const test = createTestCore();
    const host = await startWebHost({
      core: test.core,
      rendererDir: makeTempDir(),
      sessionRules: { graceMs: 100, idleMs: 60_000 },
    });
    try {
      const headers = {
        'content-type': 'application/json',
        [TOKEN_HEADER]: host.token,
        [PAGE_HEADER]: 'page-1',
      };
      const setUp = await rawRequest(`${host.origin}/api/setUpVault`, {
        method: 'POST',
        headers,
        body: JSON.stringify(SETUP),
      });
      const session = String(setUp.headers[SESSION_HEADER]);
      await rawRequest(`${host.origin}/session/leave`, {
        method: 'POST',
        headers: { ...headers, [SESSION_HEADER]: session },
        body: '{}',
      });
      expect(test.core.vault.isUnlocked).toBe(true);
      const deadline = Date.now() + 5_000;
      while (test.core.vault.isUnlocked && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(test.core.vault.isUnlocked).toBe(false);
    } finally {
      await host.close();
      await test.cleanUp();
    }
  });
});
