import type { Page, Request } from 'playwright-core';

/** How long no call may be in flight before the page counts as settled. */
const SETTLED_MS = 250;

/**
 * Runs `action`, then waits until none of the calls the page made to the core is in flight, and
 * none has been for SETTLED_MS. (Playwright's 'networkidle' is a load state: once the page has
 * reached it, it is not waited for again.)
 */
export async function untilCallsSettle(page: Page, action: () => Promise<unknown>): Promise<void> {
  let inFlight = 0;
  let lastChange = performance.now();
  const isCall = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');
  const started = (request: Request) => {
    if (!isCall(request)) return;
    inFlight += 1;
    lastChange = performance.now();
  };
  const ended = (request: Request) => {
    if (!isCall(request)) return;
    inFlight -= 1;
    lastChange = performance.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await action();
    while (inFlight > 0 || performance.now() - lastChange < SETTLED_MS) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
