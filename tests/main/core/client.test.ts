import path from 'node:path';
import { startCoreWorker } from '../../../main/core/client';
import type { CoreCaller } from '../../../main/core/core-caller';
import { ADMIN, makeTempDir } from '../../support/temp-core';

// The bundled worker, built by Jest's global setup: the same file the app runs.
const WORKER_PATH = path.resolve(__dirname, '../../../dist/main/core-worker.js');

describe('core worker client', () => {
  let core: CoreCaller;

  beforeAll(() => {
    core = startCoreWorker({ dataDir: makeTempDir(), workerPath: WORKER_PATH });
  });

  afterAll(() => core.close());

  it('relays calls to the worker, which alone holds the database', async () => {
    const setUp = await core.call('setUpVault', {
      organisationName: 'Harbour Centre',
      timeZone: 'Europe/Madrid',
      language: 'es',
      admin: ADMIN,
    });
    expect(setUp).toMatchObject({
      ok: true,
      value: { user: { username: 'admin', role: 'admin' } },
    });
    const created = await core.call('createLocation', { name: 'Harbour Hall' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Harbour Hall', groupCount: 0 } });
  });

  it('answers calls in order even when they are sent together', async () => {
    const names = ['A', 'B', 'C', 'D'].map((letter) => `Room ${letter}`);
    await Promise.all(names.map((name) => core.call('createLocation', { name })));
    const listed = await core.call('listLocations', {});
    expect(listed.ok && listed.value).toEqual(
      expect.arrayContaining(names.map((name) => expect.objectContaining({ name }))),
    );
  });

  it('refuses input that cannot cross to the worker without crashing it', async () => {
    const result = await core.call('createLocation', { name: () => 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await core.call('getVaultStatus', {})).ok).toBe(true);
  });
});
