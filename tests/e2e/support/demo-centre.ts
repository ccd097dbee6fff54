import type { Page } from 'playwright-core';
import { runCli, type CliResult } from '../../support/cli';

export const DEMO_ADMIN = 'manager';
export const DEMO_PASSWORD = 'lantern-meadow-58';

/** `circlekeeper init` as IT staff run it for a new centre (it asks for the password twice). */
export async function initCentre(dataDir: string, password = DEMO_PASSWORD): Promise<CliResult> {
  const init = await runCli(
    ['init', '--data-dir', dataDir, '--org', 'Harbour Community Centre', '--admin', DEMO_ADMIN],
    `${password}\n${password}\n`,
  );
  expect(init.code).toBe(0);
  return init;
}

/** `circlekeeper demo-data --size small` as the centre's administrator. */
export async function addDemoData(dataDir: string, password = DEMO_PASSWORD): Promise<void> {
  const demo = await runCli(
    ['demo-data', '--data-dir', dataDir, '--size', 'small', '--admin', DEMO_ADMIN],
    `${password}\n`,
  );
  expect(demo.code).toBe(0);
}

/** A centre made as IT staff would: `init`, then the small demo data. */
export async function prepareDemoCentre(dataDir: string): Promise<void> {
  await initCentre(dataDir);
  await addDemoData(dataDir);
}

/** Signs `account` in at `url` and waits for the dashboard. */
export async function signIn(
  page: Page,
  url: string,
  account: { username: string; password: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** Signs the demo administrator in at `url` and waits for the dashboard. */
export async function signInToDemo(page: Page, url: string): Promise<void> {
  await signIn(page, url, { username: DEMO_ADMIN, password: DEMO_PASSWORD });
}

/**
 * Opens `url` in a page of another context (a second window) and signs the demo administrator
 * in only if it asks: the browser host's session may outlive the other context.
 */
export async function openSignedInAsDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const dashboard = page.getByRole('heading', { level: 1, name: 'Dashboard' });
  await page.getByLabel('Username').or(dashboard).waitFor();
  if (!(await dashboard.isVisible())) await signInToDemo(page, url);
}
