import type { Page } from 'playwright-core';
import { runCli } from '../../support/cli';

export const DEMO_ADMIN = 'manager';
export const DEMO_PASSWORD = 'lantern-meadow-58';

/** A centre made as IT staff would: `init`, then the small demo data. */
export async function prepareDemoCentre(dataDir: string): Promise<void> {
  const admin = ['--data-dir', dataDir, '--admin', DEMO_ADMIN];
  const init = await runCli(
    ['init', ...admin, '--org', 'Harbour Community Centre'],
    `${DEMO_PASSWORD}\n${DEMO_PASSWORD}\n`,
  );
  expect(init.code).toBe(0);
  const demo = await runCli(['demo-data', ...admin, '--size', 'small'], `${DEMO_PASSWORD}\n`);
  expect(demo.code).toBe(0);
}

/** Signs the demo administrator in at `url` and waits for the dashboard. */
export async function signInToDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Username').fill(DEMO_ADMIN);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}
