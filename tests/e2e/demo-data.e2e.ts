import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { generateDemoData } from '../../main/demo/generate';
import { runCli } from '../support/cli';
import { makeTempDir } from '../support/temp-core';
import { openAppSession, type AppSession } from './support/app';

// What IT staff do for a new centre: `init`, `demo-data`, `serve`; then a coordinator signs in.
const PASSWORD = 'lantern-meadow-58';

describe('a centre set up from the command line, with demo data', () => {
  const dataDir = makeTempDir('ck-e2e-demo-');
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    const init = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Harbour Community Centre', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(init.code).toBe(0);
    const demo = await runCli(
      ['demo-data', '--data-dir', dataDir, '--size', 'small', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(demo.code).toBe(0);
    session = await openAppSession(dataDir);
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expectAccessible = (screen: string) => session.expectAccessible(screen);

  it('asks for a username and password, then shows the dashboard with the real figures', async () => {
    await page.goto(session.app.url);
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await expectAccessible('20-login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const activeCount = generateDemoData('small').groups.filter(
      (g) => g.group.status === 'active',
    ).length;
    await expect(page.locator('main').innerText()).resolves.toContain(String(activeCount));
    await expectAccessible('21-dashboard-demo');
  });

  it('lists the demo groups that are not archived', async () => {
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    const notArchived = generateDemoData('small').groups.filter(
      (g) => g.group.status !== 'archived',
    );
    await page.getByRole('link', { name: notArchived[0]!.group.name }).first().waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(notArchived.length);
    await expectAccessible('22-groups-demo');
  });

  it('lists the locations with how many groups use each', async () => {
    await page.getByRole('link', { name: 'Locations' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(4);
    await expectAccessible('23-locations-demo');
  });

  it('speaks Spanish throughout once Español is chosen', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lugares' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await page.getByRole('link', { name: 'Grupos' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Grupos' }).waitFor();
    await expectAccessible('24-groups-demo-es');
    await page.getByRole('link', { name: 'Resumen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Resumen' }).waitFor();
    await expectAccessible('25-dashboard-demo-es');
  });
});
