import { randomBytes } from 'node:crypto';
import { tokensMatch } from './security';

export interface PageSessionRules {
  /** How long a page that said goodbye may take to come back (a reload). */
  graceMs: number;
  /** How long a page may stay silent (no call, no heartbeat) before it counts as gone. */
  idleMs: number;
}

/**
 * A reload takes well under a second; 10 s leaves room for a slow old PC. The page pings every
 * 30 s; Chromium throttles a background tab's timers to one wake-up a minute at worst, so 90 s
 * is never reached by a tab that is merely hidden, and a closed or crashed one is gone in 90 s.
 */
export const PAGE_SESSION_RULES: PageSessionRules = { graceMs: 10_000, idleMs: 90_000 };

interface LiveSession {
  token: string;
  /** The page load that last used the session: only its goodbye counts. */
  pageId: string;
  lastSeenAt: number;
  leftAt: number | null;
}

/**
 * The browser host's sign-in, held for the one page that signed in. The per-launch token in the
 * printed address only lets a page ask for the public, pre-sign-in calls; a successful sign-in
 * gets a fresh random token that dies with the page (closed, silent, locked or signed out).
 * The core has one signed-in user, so there is one session: a new sign-in replaces the old one.
 */
export class PageSession {
  private live: LiveSession | null = null;

  constructor(
    private readonly rules: PageSessionRules = PAGE_SESSION_RULES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session for the page that just signed in; any earlier token stops working. */
  start(pageId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.live = { token, pageId, lastSeenAt: this.now(), leftAt: null };
    return token;
  }

  /** Whether `token` is the live session's; if so the page is alive (a reload is back). */
  confirm(token: string | undefined, pageId: string): boolean {
    const live = this.live;
    if (!live || this.isDue() || !tokensMatch(token, live.token)) return false;
    live.pageId = pageId;
    live.lastSeenAt = this.now();
    live.leftAt = null;
    return true;
  }

  /** The page is going away (closed, reloaded, navigated): it has `graceMs` to come back. */
  leave(token: string | undefined, pageId: string): boolean {
    const live = this.live;
    if (!live || this.isDue() || !tokensMatch(token, live.token)) return false;
    // A goodbye that arrives after the reloaded page's first call is old news.
    if (pageId === live.pageId) live.leftAt = this.now();
    return true;
  }

  /** Forgets the session; returns whether there was one to end. */
  end(): boolean {
    const hadOne = this.live !== null;
    this.live = null;
    return hadOne;
  }

  /** Whether the live session has run out: its page left and did not come back, or went silent. */
  isDue(): boolean {
    const live = this.live;
    if (!live) return false;
    const now = this.now();
    if (live.leftAt !== null && now - live.leftAt >= this.rules.graceMs) return true;
    return now - live.lastSeenAt >= this.rules.idleMs;
  }
}
