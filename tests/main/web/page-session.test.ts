import { HEARTBEAT_EVERY_MS } from '../../../renderer/api/browser-session';
import { PAGE_SESSION_RULES, PageSession } from '../../../main/web/page-session';
import { manualClock, type ManualClock } from '../../support/clock';

const { graceMs, idleMs } = PAGE_SESSION_RULES;

describe('the browser host’s page session', () => {
  let clock: ManualClock;
  let session: PageSession;

  beforeEach(() => {
    clock = manualClock();
    session = new PageSession(PAGE_SESSION_RULES, clock.now);
  });

  it('has no session until a page signs in', () => {
    expect(session.confirm('anything', 'page-1')).toBe(false);
    expect(session.confirm(undefined, 'page-1')).toBe(false);
    expect(session.isDue()).toBe(false);
    expect(session.end()).toBe(false);
  });

  it('gives each sign-in a fresh random token, and only that token works', () => {
    const first = session.start('page-1');
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.confirm(first, 'page-1')).toBe(true);
    expect(session.confirm(`${first.slice(0, -1)}x`, 'page-1')).toBe(false);

    const second = session.start('page-2');
    expect(second).not.toBe(first);
    expect(session.confirm(first, 'page-1')).toBe(false);
    expect(session.confirm(second, 'page-2')).toBe(true);
  });

  it('stops the token at once when the session is ended (lock or sign-out)', () => {
    const token = session.start('page-1');
    expect(session.end()).toBe(true);
    expect(session.confirm(token, 'page-1')).toBe(false);
    expect(session.leave(token, 'page-1')).toBe(false);
  });

  it('lets a page that said goodbye come back within the grace period (a reload)', () => {
    const token = session.start('page-1');
    expect(session.leave(token, 'page-1')).toBe(true);
    clock.advance(graceMs - 1);
    expect(session.isDue()).toBe(false);
    expect(session.confirm(token, 'page-2')).toBe(true);
    clock.advance(idleMs - 1);
    expect(session.isDue()).toBe(false);
  });

  it('is due once a page that said goodbye stays away for the grace period (a closed tab)', () => {
    const token = session.start('page-1');
    session.leave(token, 'page-1');
    clock.advance(graceMs);
    expect(session.isDue()).toBe(true);
    expect(session.confirm(token, 'page-1')).toBe(false);
  });

  it('ignores a goodbye from the old page that arrives after the reloaded page has called', () => {
    const token = session.start('page-1');
    expect(session.confirm(token, 'page-2')).toBe(true);
    expect(session.leave(token, 'page-1')).toBe(true);
    clock.advance(graceMs * 3);
    expect(session.isDue()).toBe(false);
  });

  it('is due when the page has been silent for the idle time (crashed, or the PC slept)', () => {
    const token = session.start('page-1');
    clock.advance(idleMs - 1);
    expect(session.confirm(token, 'page-1')).toBe(true);
    clock.advance(idleMs - 1);
    expect(session.isDue()).toBe(false);
    clock.advance(1);
    expect(session.isDue()).toBe(true);
    expect(session.confirm(token, 'page-1')).toBe(false);
  });

  it('waits longer than a hidden tab can be made to wait between heartbeats', () => {
    // Chromium's harshest throttling of a hidden tab still wakes its timers once a minute.
    const slowestHeartbeatMs = Math.max(HEARTBEAT_EVERY_MS, 60_000);
    expect(idleMs).toBeGreaterThan(slowestHeartbeatMs);
    expect(idleMs).toBeGreaterThanOrEqual(2 * HEARTBEAT_EVERY_MS);
  });
});
