import { manualClock, type ManualClock } from '../../support/clock';
import { ADMIN, createSetUpCore } from '../../support/temp-core';

// The behaviours that depend on time, driven by a hand-moved clock rather than by waiting.
const ADMIN_LOGIN = { username: ADMIN.username, password: ADMIN.password };

describe('growing delays after wrong passwords', () => {
  let clock: ManualClock;
  let test: Awaited<ReturnType<typeof createSetUpCore>>;

  beforeEach(async () => {
    clock = manualClock();
    test = await createSetUpCore(clock.now);
    await test.call('lock', {});
  });

  afterEach(() => test.cleanUp());

  const wrong = { username: 'admin', password: 'not-the-password' };

  it('lets two mistakes pass without waiting, then makes each wait longer than the last', async () => {
    expect((await test.refuse('logIn', wrong)).params).toBeUndefined();
    expect((await test.refuse('logIn', wrong)).params).toBeUndefined();

    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const error = await test.refuse('logIn', wrong);
      expect(error.code).toBe('WRONG_CREDENTIALS');
      const seconds = Number(error.params?.seconds);
      waits.push(seconds);

      const early = await test.refuse('logIn', ADMIN_LOGIN);
      expect(early).toEqual({
        code: 'TOO_MANY_ATTEMPTS',
        messageKey: 'errors.TOO_MANY_ATTEMPTS',
        params: { seconds },
      });
      clock.advance(seconds * 1000 - 1);
      expect((await test.refuse('logIn', ADMIN_LOGIN)).code).toBe('TOO_MANY_ATTEMPTS');
      clock.advance(1);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('counts down the seconds left while waiting', async () => {
    for (let i = 0; i < 6; i += 1) {
      await test.refuse('logIn', wrong);
      clock.advance(60_000);
    }
    await test.refuse('logIn', wrong);
    const first = await test.refuse('logIn', ADMIN_LOGIN);
    clock.advance(10_000);
    const later = await test.refuse('logIn', ADMIN_LOGIN);
    expect(Number(later.params?.seconds)).toBe(Number(first.params?.seconds) - 10);
  });

  it('never makes anyone wait more than a minute', async () => {
    let last = 0;
    for (let i = 0; i < 12; i += 1) {
      last = Number((await test.refuse('logIn', wrong)).params?.seconds ?? 0);
      clock.advance(last * 1000);
    }
    expect(last).toBe(60);
  });

  it('throttles unknown usernames the same way, without making real users wait', async () => {
    const nobody = { ...wrong, username: 'nobody' };
    for (let i = 0; i < 3; i += 1) await test.refuse('logIn', nobody);
    expect((await test.refuse('logIn', nobody)).code).toBe('TOO_MANY_ATTEMPTS');
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
  });

  it('accepts the right password once the wait is over, and starts counting afresh', async () => {
    for (let i = 0; i < 3; i += 1) await test.refuse('logIn', wrong);
    expect((await test.refuse('logIn', ADMIN_LOGIN)).code).toBe('TOO_MANY_ATTEMPTS');
    clock.advance(1000);
    expect(await test.call('logIn', ADMIN_LOGIN)).toMatchObject({ username: 'admin' });
    await test.call('lock', {});
    expect((await test.refuse('logIn', wrong)).params).toBeUndefined();
  });
});

describe('locking when idle', () => {
  let clock: ManualClock;
  let test: Awaited<ReturnType<typeof createSetUpCore>>;

  beforeEach(async () => {
    clock = manualClock();
    test = await createSetUpCore(clock.now);
    await test.call('updateSettings', { idleLockMinutes: 1 });
  });

  afterEach(() => test.cleanUp());

  it('does not lock before the idle time has passed', async () => {
    clock.advance(59_999);
    expect(await test.core.vault.lockIfIdle()).toBe(false);
    expect(await test.call('getVaultStatus', {})).toMatchObject({
      isUnlocked: true,
      idleLockMinutes: 1,
    });
  });

  it('locks once the idle time has passed', async () => {
    clock.advance(60_000);
    expect(await test.core.vault.lockIfIdle()).toBe(true);
    expect(await test.call('getVaultStatus', {})).toMatchObject({
      isUnlocked: false,
      user: null,
    });
    expect(await test.refuse('listGroups', {})).toMatchObject({ code: 'LOCKED' });
  });

  it('counts idle time from the last call the user made', async () => {
    clock.advance(45_000);
    await test.call('listGroups', {});
    clock.advance(45_000);
    expect(await test.core.vault.lockIfIdle()).toBe(false);
    clock.advance(15_000);
    expect(await test.core.vault.lockIfIdle()).toBe(true);
  });

  it('does not count status checks as activity', async () => {
    clock.advance(45_000);
    await test.call('getVaultStatus', {});
    clock.advance(15_000);
    expect(await test.core.vault.lockIfIdle()).toBe(true);
  });

  it('does nothing when already locked', async () => {
    await test.call('lock', {});
    clock.advance(10 * 60_000);
    expect(await test.core.vault.lockIfIdle()).toBe(false);
  });
});
