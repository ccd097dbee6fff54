import type { Page } from 'playwright-core';
import { rawRequest } from '../support/http';
import { accessibilityViolations, screenshot, useAppSession, VIEWPORT } from './support/app';
import { createCentre } from './support/demo-centre';

// The shared office PC: closing the tab must end the session, a reload must not, and nothing
// left in a closed or restored tab may open the data again without the password.
const PASSWORD = 'harbour-lantern-61';
/** The host's grace period for a reload (10 s), plus room for a slow machine. */
const GRACE_AND_MARGIN_MS = 12_000;
const SESSION_KEY = 'circlekeeper.session';

describe('the browser session on a shared PC', () => {
  const session = useAppSession(async (dataDir) => {
    await createCentre(dataDir, PASSWORD);
  });
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  const openTab = () => page.context().newPage();
  const signInScreen = (tab: Page) => tab.getByRole('button', { name: 'Sign in' });
  const dashboard = (tab: Page) => tab.getByRole('heading', { level: 1, name: 'Dashboard' });

  /** Signs in and waits for the signed-in frame (the screen is whatever the address says). */
  async function signIn(tab: Page) {
    await tab.getByLabel('Username').fill('manager');
    await tab.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await signInScreen(tab).click();
    await tab.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  /** An API call as a page that kept `sessionToken` would make it, straight from Node. */
  function callWith(sessionToken: string) {
    const launch = new URL(session.app.url);
    return rawRequest(`${launch.origin}/api/listLocations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: launch.origin,
        'x-circlekeeper-token': launch.searchParams.get('token') ?? '',
        'x-circlekeeper-session': sessionToken,
      },
      body: '{}',
    });
  }

  it('keeps the session through a reload of the tab', async () => {
    await page.goto(session.app.url);
    await signIn(page);
    await dashboard(page).waitFor();
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await expect(signInScreen(page).count()).resolves.toBe(0);
  });

  it('asks for the password in a new tab once the tab is closed, and refuses the old token', async () => {
    const oldToken = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);
    expect(oldToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await callWith(oldToken!)).status).toBe(200);
    // The tab calls last (the host heeds only the goodbye of the page that called last).
    await page.getByRole('link', { name: 'Locations' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor();

    await page.close();
    const closedAt = Date.now();
    page = await openTab();
    await page.goto(session.app.url);
    await signInScreen(page).waitFor();
    await expect(dashboard(page).count()).resolves.toBe(0);
    await screenshot(page, '30-new-tab-after-close');

    await page.waitForTimeout(Math.max(0, GRACE_AND_MARGIN_MS - (Date.now() - closedAt)));
    const refused = await callWith(oldToken!);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'NOT_AUTHENTICATED' } });
  });

  it('asks for the password when the person comes back to the tab with Back', async () => {
    await signIn(page);
    await page.goto('about:blank');
    await page.goBack();
    await signInScreen(page).waitFor();
    await expect(dashboard(page).count()).resolves.toBe(0);
  });

  it('asks for the password in a tab that got a copy of the session (restored or duplicated)', async () => {
    await signIn(page);
    const copied = await page.evaluate(() => ({ ...sessionStorage }));
    // A restored tab brings back the closed tab's sessionStorage, within the grace period.
    await page.close();
    page = await openTab();
    await page.addInitScript((entries) => {
      if (sessionStorage.length > 0) return;
      for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
    }, copied);
    await page.goto(new URL('/#/groups', session.app.url).toString());
    await signInScreen(page).waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Groups' }).count()).resolves.toBe(0);
  });

  it('shows the lock screen for the same person in the same tab, and the sign-in in a new one', async () => {
    await signIn(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
    await page.getByText('manager').first().waitFor();
    await screenshot(page, '31-lock-screen-same-tab');

    const other = await openTab();
    await other.goto(session.app.url);
    await signInScreen(other).waitFor();
    await expect(other.getByRole('button', { name: 'Unlock' }).count()).resolves.toBe(0);
    await other.close();

    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('explains an address from an earlier start of Circlekeeper, in English and Spanish', async () => {
    const stale = new URL(session.app.url);
    stale.searchParams.set('token', 'A'.repeat(43));
    const tab = await openTab();
    await tab.goto(stale.toString());
    await tab.getByRole('heading', { name: 'Open Circlekeeper at its current address' }).waitFor();
    await tab.getByText('This address is from an earlier start of Circlekeeper').waitFor();
    await screenshot(tab, '32-stale-address');
    await expect(accessibilityViolations(tab)).resolves.toEqual([]);
    await screenshotAt200(tab, '33-stale-address-200');

    await tab.getByRole('button', { name: 'Español' }).click();
    await tab.getByText('Esta dirección es de un arranque anterior de Circlekeeper').waitFor();
    await screenshot(tab, '34-stale-address-es');
    await tab.close();
  });
});

/** 200 % zoom on a 1366×768 screen: half the CSS pixels, each drawn twice as large. */
async function screenshotAt200(tab: Page, name: string): Promise<void> {
  const zoomed = await tab
    .context()
    .browser()!
    .newContext({
      viewport: { width: VIEWPORT.width / 2, height: VIEWPORT.height / 2 },
      deviceScaleFactor: 2,
    });
  const copy = await zoomed.newPage();
  await copy.goto(tab.url());
  await copy.waitForLoadState('networkidle');
  await screenshot(copy, name);
  await zoomed.close();
}
