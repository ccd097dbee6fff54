import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LoginThrottle, THROTTLE_FILE } from '../../../main/core/login-throttle';
import { manualClock, type ManualClock } from '../../support/clock';
import { SAMPLE_PASSWORD } from '../../support/sample-inputs';
import { ADMIN, createSetUpCore, createTestCore, type TestCore } from '../../support/temp-core';

const ADMIN_LOGIN = { username: ADMIN.username, password: ADMIN.password };
const CORA = { username: 'cora', password: SAMPLE_PASSWORD };
const wrongFor = (username: string) => ({ username, password: 'not-the-password' });

async function failThreeTimes(test: TestCore, username: string): Promise<number> {
  let seconds = 0;
  for (let i = 0; i < 3; i += 1) {
    seconds = Number((await test.refuse('logIn', wrongFor(username))).params?.seconds ?? 0);
  }
  return seconds;
}

describe('login throttling per username', () => {
  let clock: ManualClock;
  let test: Awaited<ReturnType<typeof createSetUpCore>>;
  const throttleFile = () => path.join(test.dataDir, THROTTLE_FILE);

  beforeEach(async () => {
    clock = manualClock();
    test = await createSetUpCore(clock.now);
    await test.call('createUser', { ...CORA, displayName: 'Cora', role: 'coordinator' });
    await test.call('lock', {});
  });
  afterEach(() => test.cleanUp());

  it('makes only the guessed username wait: another user signs in at once', async () => {
    expect(await failThreeTimes(test, 'cora')).toBe(1);
    expect((await test.refuse('logIn', CORA)).code).toBe('TOO_MANY_ATTEMPTS');
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });

  it('keeps the wait across a restart of the app on the same folder', async () => {
    await failThreeTimes(test, 'admin');
    await test.core.close();
    const restarted = createTestCore(test.dataDir, clock.now);
    expect(await restarted.refuse('logIn', ADMIN_LOGIN)).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      params: { seconds: 1 },
    });
    clock.advance(1000);
    expect(await restarted.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
    await restarted.core.close();
  });

  it('stores no username in its file', async () => {
    await failThreeTimes(test, 'cora');
    await failThreeTimes(test, 'nobody-here');
    const content = readFileSync(throttleFile(), 'utf8');
    expect(content).not.toMatch(/cora|nobody-here|admin/i);
    expect(Object.keys(JSON.parse(content).entries)).toHaveLength(2);
  });

  it('treats a damaged file as no failures and replaces it at the next failure', async () => {
    await failThreeTimes(test, 'admin');
    writeFileSync(throttleFile(), '{"version":1,"entries":{"x":{"failures":"lots"');
    await test.core.close();
    const restarted = createTestCore(test.dataDir, clock.now);
    expect(await restarted.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
    await restarted.call('lock', {});
    await restarted.refuse('logIn', wrongFor('cora'));
    expect(JSON.parse(readFileSync(throttleFile(), 'utf8'))).toMatchObject({ version: 1 });
    await restarted.core.close();
  });

  it('never makes anyone wait more than a minute, whatever the file says', async () => {
    await failThreeTimes(test, 'admin');
    const content = JSON.parse(readFileSync(throttleFile(), 'utf8'));
    for (const entry of Object.values<{ nextAttemptAt: number }>(content.entries)) {
      entry.nextAttemptAt = clock.now() + 365 * 24 * 3600_000;
    }
    writeFileSync(throttleFile(), JSON.stringify(content));
    await test.core.close();
    const restarted = createTestCore(test.dataDir, clock.now);
    expect((await restarted.refuse('logIn', ADMIN_LOGIN)).params).toEqual({ seconds: 60 });
    await restarted.core.close();
  });

  it('counts recovery-key attempts on their own', async () => {
    const wrongKey = {
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      username: 'admin',
      newPassword: 'a-brand-new-passphrase',
    };
    for (let i = 0; i < 3; i += 1) await test.refuse('recoverWithRecoveryKey', wrongKey);
    expect((await test.refuse('recoverWithRecoveryKey', wrongKey)).code).toBe('TOO_MANY_ATTEMPTS');
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });

  it('keeps its file bounded, forgetting the oldest names first', () => {
    const throttle = new LoginThrottle(test.dataDir, clock.now);
    for (let i = 0; i < 520; i += 1) throttle.recordFailure({ username: `user${i}` });
    const { entries } = JSON.parse(readFileSync(throttleFile(), 'utf8'));
    expect(Object.keys(entries)).toHaveLength(500);
    // user0's first failure was forgotten, so two more still come free.
    throttle.recordFailure({ username: 'user0' });
    expect(throttle.recordFailure({ username: 'user0' })).toBe(0);
    expect(() => throttle.assertMayTry({ username: 'user519' })).not.toThrow();
    throttle.recordFailure({ username: 'user519' });
    throttle.recordFailure({ username: 'user519' });
    expect(() => throttle.assertMayTry({ username: 'user519' })).toThrow('TOO_MANY_ATTEMPTS');
  });
});
