import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../main/web/server';
import { rawRequest } from '../../support/http';
import { createTestCore, makeTempDir, type TestCore } from '../../support/temp-core';

describe('browser host', () => {
  let test: TestCore;
  let host: WebHost;
  let port: string;

  beforeAll(async () => {
    test = createTestCore();
    const rendererDir = makeTempDir('ck-renderer-');
    writeFileSync(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><title>Circlekeeper</title>',
    );
    mkdirSync(path.join(rendererDir, 'assets'));
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    host = await startWebHost({ core: test.core, rendererDir });
    port = new URL(host.origin).port;
  });

  afterAll(async () => {
    await host.close();
    await test.cleanUp();
  });

  const apiHeaders = (extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    [TOKEN_HEADER]: host.token,
    origin: host.origin,
    ...extra,
  });

  const callApi = (method: string, body: string, headers = apiHeaders()) =>
    rawRequest(`${host.origin}/api/${method}`, { method: 'POST', headers, body });

  it('listens on 127.0.0.1 and gives a URL that carries the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('answers an API call that has the token', async () => {
    const res = await callApi('getVaultStatus', '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: {
        state: 'new',
        isUnlocked: false,
        user: null,
        idleLockMinutes: null,
      },
    });
  });

  it.each([
    ['no token', { [TOKEN_HEADER]: '' }],
    ['a wrong token', { [TOKEN_HEADER]: 'x'.repeat(43) }],
  ])('refuses an API call with %s, as an address from an earlier start', async (_label, extra) => {
    const res = await callApi('getVaultStatus', '{}', apiHeaders(extra));
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'STALE_ADDRESS' } });
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a rebinding Host', { host: 'evil.example' }],
  ])('refuses an API call with %s', async (_label, extra) => {
    const res = await callApi('getVaultStatus', '{}', apiHeaders(extra));
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a request whose Host names another site, even for static files', async () => {
    const res = await rawRequest(`${host.origin}/`, {
      headers: { host: `attacker.example:${port}` },
    });
    expect(res.status).toBe(403);
  });

  it.each([
    'application/x-www-form-urlencoded',
    'text/plain',
    'application/jsonx',
    'application/json-patch+json',
    'application/json; charset=latin1',
    'application/json; charset=utf-8; boundary=x',
    'application/json; foo=bar',
  ])('refuses a body whose type is not exactly JSON: %s', async (type) => {
    const res = await callApi('getVaultStatus', '{}', apiHeaders({ 'content-type': type }));
    expect(res.status).toBe(415);
  });

  it.each(['application/json; charset=utf-8', 'Application/JSON;charset=UTF-8'])(
    'accepts JSON with the UTF-8 charset: %s',
    async (type) => {
      const res = await callApi('getVaultStatus', '{}', apiHeaders({ 'content-type': type }));
      expect(res.status).toBe(200);
    },
  );

  it('turns malformed JSON into a validation error', async () => {
    const res = await callApi('logIn', '{"username": ');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a body over the size limit', async () => {
    const res = await callApi('logIn', JSON.stringify({ username: 'a'.repeat(6 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const res = await callApi('dropAllTables', '{}');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const odd = await rawRequest(`${host.origin}/api/get-vault-status`, {
      method: 'POST',
      headers: apiHeaders(),
    });
    expect(odd.status).toBe(404);
  });

  it('refuses GET on the API', async () => {
    const res = await rawRequest(`${host.origin}/api/getVaultStatus`, { headers: apiHeaders() });
    expect(res.status).toBe(405);
  });

  it('serves the renderer with security headers', async () => {
    const res = await rawRequest(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Circlekeeper</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const js = await rawRequest(`${host.origin}/assets/app.js`);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
  ])('does not serve files outside the renderer: %s', async (urlPath) => {
    const res = await rawRequest(`${host.origin}${urlPath}`);
    expect(res.status).toBe(404);
  });
});
