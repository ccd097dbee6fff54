import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CoreCaller, PackedResult } from '../../../main/core/core-caller';
import { packValue } from '../../../main/core/worker-protocol';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../main/web/server';
import { rawRequest } from '../../support/http';
import { makeTempDir } from '../../support/temp-core';

// A core whose successes come back packed, as the worker client's do: the host sends those
// bytes on unread, and zeroes them once they are sent.
describe('browser host, with a core that answers in JSON bytes', () => {
  const answers = new Map<string, PackedResult>();
  const sent: Uint8Array[] = [];
  const core: CoreCaller = {
    call: () => Promise.reject(new Error('the host should ask for packed results')),
    callPacked: (method) => {
      const answer = answers.get(method);
      if (!answer) throw new Error(`no answer for ${method}`);
      if (answer.ok) sent.push(answer.json);
      return Promise.resolve(answer);
    },
    close: () => Promise.resolve(),
  };
  let host: WebHost;

  beforeAll(async () => {
    const rendererDir = makeTempDir('ck-renderer-');
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
    mkdirSync(path.join(rendererDir, 'assets'));
    host = await startWebHost({ core, rendererDir });
  });

  afterAll(() => host.close());

  const callApi = (method: string) =>
    rawRequest(`${host.origin}/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: host.token,
        origin: host.origin,
      },
      body: '{}',
    });

  it('sends a success as the bytes the core wrote, then zeroes them', async () => {
    const result = { ok: true, value: { setUp: 'é and ✓', list: [1, 2] } };
    answers.set('setUpVault', { ok: true, json: packValue(result) });
    const res = await callApi('setUpVault');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual(result);
    const bytes = sent.at(-1)!;
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.every((byte) => byte === 0)).toBe(true);
  });

  it('reads the vault status before a sign-in, to tell no more than whether it is set up', async () => {
    const status = {
      state: 'ready',
      isUnlocked: true,
      user: { username: 'admin' },
      idleLockMinutes: 15,
    };
    answers.set('getVaultStatus', { ok: true, json: packValue({ ok: true, value: status }) });
    const res = await callApi('getVaultStatus');
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { state: 'ready', isUnlocked: false, user: null, idleLockMinutes: null },
    });
  });

  it('sends a failure as the result it is', async () => {
    const failure = {
      ok: false as const,
      error: { code: 'ALREADY_SET_UP' as const, messageKey: 'errors.ALREADY_SET_UP' },
    };
    answers.set('setUpVault', failure);
    expect(JSON.parse((await callApi('setUpVault')).body)).toEqual(failure);
  });
});
