// The browser host's side of a tab's sign-in (main/web/page-session.ts has the host's rules).
// Two tokens live in sessionStorage, which belongs to this tab alone: the per-launch token from
// the printed address, and the session token the host hands over at sign-in. The session ends
// when the tab closes; only a reload of this same tab may pick it up again.

const LAUNCH_TOKEN_KEY = 'circlekeeper.token';
const SESSION_TOKEN_KEY = 'circlekeeper.session';
const SESSION_HEADER = 'X-Circlekeeper-Session';
/** Well inside the host's 90 s, even when Chromium throttles a hidden tab to a minute. */
export const HEARTBEAT_EVERY_MS = 30_000;

/** A random id for this page load, so the host can tell a reloaded page from the old one. */
const PAGE_ID = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
  byte.toString(16).padStart(2, '0'),
).join('');

/** Where the browser cannot say, it is not a reload: the safe side is to ask for the password. */
function isReload(): boolean {
  const entries = performance.getEntriesByType?.('navigation') ?? [];
  return (entries[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';
}

export function hostHeaders(): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Circlekeeper-Token': sessionStorage.getItem(LAUNCH_TOKEN_KEY) ?? '',
    'X-Circlekeeper-Page': PAGE_ID,
  };
  const session = sessionStorage.getItem(SESSION_TOKEN_KEY);
  if (session) headers[SESSION_HEADER] = session;
  return headers;
}

/** Keeps the session token the host sends back after a successful sign-in. */
export function noteSessionToken(response: Response): void {
  const token = response.headers.get(SESSION_HEADER);
  if (token) sessionStorage.setItem(SESSION_TOKEN_KEY, token);
}

export function forgetSessionToken(): void {
  sessionStorage.removeItem(SESSION_TOKEN_KEY);
}

function postToHost(action: 'heartbeat' | 'leave', keepalive = false): Promise<Response> {
  return fetch(`/session/${action}`, {
    method: 'POST',
    headers: hostHeaders(),
    body: '{}',
    keepalive,
  });
}

/**
 * Runs once, before the app: takes the launch token out of the address bar (so it is neither
 * bookmarked nor shown on screen) and decides whether this page may carry on a session.
 */
export function startBrowserSession(): () => void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token !== null) {
    sessionStorage.setItem(LAUNCH_TOKEN_KEY, token);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.toString());
  }
  // A restored or duplicated tab gets a copy of sessionStorage too; Chromium reports such a
  // load as 'back_forward' or 'navigate'. Only a reload continues where the person was.
  if (!isReload()) forgetSessionToken();

  const sayGoodbye = () => {
    if (!sessionStorage.getItem(SESSION_TOKEN_KEY)) return;
    // keepalive lets the goodbye outlive the page, with the same headers as every call.
    postToHost('leave', true).catch(() => undefined);
  };
  const comeBack = (event: PageTransitionEvent) => {
    // Back from the back/forward cache with records still drawn: start again, signed out.
    if (!event.persisted) return;
    forgetSessionToken();
    window.location.reload();
  };
  window.addEventListener('pagehide', sayGoodbye);
  window.addEventListener('pageshow', comeBack);
  return () => {
    window.removeEventListener('pagehide', sayGoodbye);
    window.removeEventListener('pageshow', comeBack);
  };
}

/** While signed in, tells the host the page is still open; `onGone` when it says it is not. */
export function keepSessionAlive(onGone: () => void): () => void {
  const timer = window.setInterval(() => {
    if (!sessionStorage.getItem(SESSION_TOKEN_KEY)) return;
    postToHost('heartbeat').then(
      (response) => {
        if (response.status !== 401) return;
        forgetSessionToken();
        onGone();
      },
      () => undefined,
    );
  }, HEARTBEAT_EVERY_MS);
  return () => window.clearInterval(timer);
}
