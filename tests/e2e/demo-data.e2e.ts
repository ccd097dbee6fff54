import type { Page } from 'playwright-core';
import { generateDemoData } from '../../main/demo/generate';
import { settledCount, useAppSession } from './support/app';
import { addDemoData, initCentre } from './support/demo-centre';

// What IT staff do for a new centre: `init`, `demo-data`, `serve`; then a coordinator signs in.
const PASSWORD = 'lantern-meadow-58';

describe('a centre set up from the command line, with demo data', () => {
  const session = useAppSession(async (dataDir) => {
    await initCentre(dataDir, PASSWORD);
    await addDemoData(dataDir, PASSWORD);
  });
  let page: Page;

  beforeAll(() => {
    page = session.page;
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
    const activeFigure = page.locator('main').getByText(String(activeCount), { exact: true });
    // Visible only: the attendance chart's figures table is there for screen readers, hidden.
    await activeFigure.filter({ visible: true }).first().waitFor();
    await expectAccessible('21-dashboard-demo');
  });

  it('lists the demo groups that are not archived', async () => {
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    const notArchived = generateDemoData('small').groups.filter(
      (g) => g.group.status !== 'archived',
    );
    await page.getByRole('link', { name: notArchived[0]!.group.name }).first().waitFor();
    await expect(settledCount(page.locator('tbody tr'), notArchived.length)).resolves.toBe(
      notArchived.length,
    );
    await expectAccessible('22-groups-demo');
  });

  it('lists the locations with how many groups use each', async () => {
    await page.getByRole('link', { name: 'Locations' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor();
    await expect(settledCount(page.locator('tbody tr'), 4)).resolves.toBe(4);
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
