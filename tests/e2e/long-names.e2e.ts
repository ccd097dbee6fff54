import type { Page } from 'playwright-core';
import { runCli } from '../support/cli';
import { screenshot, useAppSession } from './support/app';

// Names typed without spaces (a pasted link, a long compound word) must wrap on every screen:
// a 120-character one once made the groups page 2,228 px wide and pushed Edit/Archive off screen.
const PASSWORD = 'harbour-kettle-62';
const LONG_GROUP = `Grief${'Ü'.repeat(10)}${'x'.repeat(105)}`;
const LONG_PLACE = `Hall${'y'.repeat(116)}`;

/** Widest the page has become, against the viewport: equal when nothing scrolls sideways. */
const widths = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { page: pageWidth, viewport } = await widths(page);
  expect(pageWidth).toBeLessThanOrEqual(viewport);
}

describe('long unbroken names', () => {
  const session = useAppSession(async (dataDir) => {
    const init = await runCli(
      ['init', '--data-dir', dataDir, '--org', 'Harbour Community Centre', '--admin', 'manager'],
      `${PASSWORD}\n`,
    );
    expect(init.code).toBe(0);
  });
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await page.goto(session.app.url);
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });

  it('wraps a 120-character location name on the locations page', async () => {
    expect(LONG_PLACE).toHaveLength(120);
    await page.getByRole('link', { name: 'Locations' }).first().click();
    await page.getByRole('button', { name: 'New location' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill(LONG_PLACE);
    await page.getByRole('button', { name: 'Save location' }).click();
    await page
      .getByRole('cell', { name: LONG_PLACE })
      .or(page.getByText(LONG_PLACE))
      .first()
      .waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, '40-locations-long-name');
  });

  it('wraps a 120-character group name on the groups list and the group page', async () => {
    expect(LONG_GROUP).toHaveLength(120);
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page
      .getByRole('link', { name: 'New group' })
      .or(page.getByRole('button', { name: 'New group' }))
      .first()
      .click();
    await page.getByLabel('Name', { exact: true }).fill(LONG_GROUP);
    await page.getByLabel('Focus', { exact: true }).selectOption({ label: 'Grief' });
    await page.getByLabel('Location', { exact: true }).selectOption({ label: LONG_PLACE });
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: 'Save group' }).click();
    await page.getByRole('heading', { level: 1, name: LONG_GROUP }).waitFor();
    await expectNoSidewaysScroll(page);
    await expect(page.getByRole('button', { name: 'Archive' }).isVisible()).resolves.toBe(true);
    await screenshot(page, '41-group-detail-long-name');
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('link', { name: LONG_GROUP }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, '42-groups-long-name');
  });
});
