import path from 'node:path';
import { startCoreWorker } from '../../../main/core/client';
import type { CoreCaller } from '../../../main/core/core-caller';
import { ADMIN, makeTempDir } from '../../support/temp-core';

// The bundled worker, built by Jest's global setup: the same file the app runs.
const WORKER_PATH = path.resolve(__dirname, '../../../dist/main/core-worker.js');
// The worker derives keys with the real scrypt cost (0.3 s each, more on a busy machine).
jest.setTimeout(20_000);

describe('core worker client', () => {
  const dataDir = makeTempDir();
  let core: CoreCaller;

  beforeAll(() => {
    core = startCoreWorker({ dataDir, workerPath: WORKER_PATH });
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

  it('hands a success on as the JSON the worker wrote, and a failure as a result', async () => {
    const packed = await core.callPacked!('listLocations', {});
    if (!packed.ok) throw new Error(`listLocations failed: ${packed.error.code}`);
    const text = new TextDecoder().decode(packed.json);
    expect(JSON.parse(text)).toEqual(await core.call('listLocations', {}));
    expect(text).toContain('"Harbour Hall"');

    const refused = await core.callPacked!('createLocation', { name: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const progress = await core.callPacked!('getBackupProgress', {});
    expect(progress.ok && JSON.parse(new TextDecoder().decode(progress.json))).toEqual({
      ok: true,
      value: null,
    });
  });

  it('refuses input that cannot cross to the worker without crashing it', async () => {
    const result = await core.call('createLocation', { name: () => 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await core.call('getVaultStatus', {})).ok).toBe(true);
  });

  it('answers calls sent right behind a lock from a fresh worker, as locked, and unlocks again', async () => {
    const [locked, status, list] = await Promise.all([
      core.call('lock', {}),
      core.call('getVaultStatus', {}),
      core.call('listLocations', {}),
    ]);
    expect(locked).toEqual({ ok: true, value: null });
    expect(status).toMatchObject({ ok: true, value: { state: 'ready', isUnlocked: false } });
    expect(list).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    const [signedIn, afterSignIn] = await Promise.all([
      core.call('logIn', { username: ADMIN.username, password: ADMIN.password }),
      core.call('listLocations', {}),
    ]);
    expect(signedIn).toMatchObject({ ok: true, value: { username: 'admin' } });
    expect(afterSignIn).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ name: 'Harbour Hall' })]),
    });
  });

  it('answers backup progress itself, ahead of the backup the worker is busy with', async () => {
    expect(await core.call('getBackupProgress', {})).toEqual({ ok: true, value: null });
    const answered: string[] = [];
    const backup = core
      .call('createBackup', { targetDir: makeTempDir('ck-usb-') })
      .then((result) => (answered.push('backup'), result));
    const poll = core
      .call('getBackupProgress', {})
      .then((result) => (answered.push('progress'), result));
    const [written] = await Promise.all([backup, poll]);
    expect(answered).toEqual(['progress', 'backup']);
    expect(written).toMatchObject({ ok: true, value: { verified: true } });
    // The worker told its host each step; the last one is the finished backup.
    expect(await core.call('getBackupProgress', {})).toMatchObject({
      ok: true,
      value: { operation: 'backup', phase: 'done' },
    });
  });

  it('holds the data folder: a second core on it is refused with DATA_DIR_IN_USE', () => {
    expect(() => startCoreWorker({ dataDir, workerPath: WORKER_PATH })).toThrow(
      expect.objectContaining({ code: 'DATA_DIR_IN_USE' }),
    );
  });
});

describe('core worker client after close', () => {
  it('lets another core claim the data folder', async () => {
    const dataDir = makeTempDir();
    const first = startCoreWorker({ dataDir, workerPath: WORKER_PATH });
    expect((await first.call('getVaultStatus', {})).ok).toBe(true);
    await first.close();
    const second = startCoreWorker({ dataDir, workerPath: WORKER_PATH });
    expect((await second.call('getVaultStatus', {})).ok).toBe(true);
    await second.close();
  });
});
