import type { Page } from 'playwright-core';
import { screenshot, useAppSession, VIEWPORT } from './support/app';
import { createCentre } from './support/demo-centre';

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
    await createCentre(dataDir, PASSWORD);
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
    await page.getByRole('link', { name: LONG_GROUP, exact: true }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, '42-groups-long-name');
  });

  it('shows the group form with the new pickers, in English and Spanish, at 100 % and 200 %', async () => {
    const zoom = (factor: 1 | 2) => zoomTo(page, factor);
    const shoot = async (name: string) => {
      for (const factor of [1, 2] as const) {
        await zoom(factor);
        await screenshot(page, `${name}-${factor * 100}`);
      }
      await zoom(1);
    };
    for (const language of ['English', 'Español'] as const) {
      const tag = language === 'English' ? 'en' : 'es';
      await page.getByRole('button', { name: language, exact: true }).click();
      await page.locator('tbody tr').first().waitFor();
      await shoot(`43-groups-long-name-${tag}`);
      await page.getByRole('link', { name: LONG_GROUP, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: LONG_GROUP }).waitFor();
      await shoot(`44-group-detail-${tag}`);
      const edit = tag === 'en' ? 'Edit' : 'Editar';
      await page
        .getByRole('link', { name: edit, exact: true })
        .or(page.getByRole('button', { name: edit, exact: true }))
        .first()
        .click();
      const languages = page.getByRole('combobox', {
        name: tag === 'en' ? 'Languages spoken' : 'Idiomas del grupo',
      });
      // Clear of the sticky save bar, so its list can open below it.
      await languages.evaluate((input) => input.scrollIntoView({ block: 'center' }));
      await languages.fill(tag === 'en' ? 'span' : 'ára');
      await page.getByRole('option', { name: tag === 'en' ? 'Spanish' : 'árabe' }).waitFor();
      await shoot(`45-group-form-pickers-${tag}`);
      await page.keyboard.press('Escape');
      await page
        .getByRole('link', { name: tag === 'en' ? 'Groups' : 'Grupos' })
        .first()
        .click();
    }
    await page.getByRole('button', { name: 'English', exact: true }).click();
  });

  it('offers every time zone by name and offset in the settings, searchable', async () => {
    await page.getByRole('link', { name: 'Settings' }).first().click();
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await zone.fill('sao pa');
    await page.getByRole('option', { name: /America\/Sao Paulo \(GMT-03:00\)/ }).waitFor();
    await screenshot(page, '46-settings-time-zone-search');
    await page.keyboard.press('Escape');
  });
});

/** 200 % zoom as Chromium lays it out: half the CSS pixels of the 1366×768 window. */
async function zoomTo(page: Page, factor: 1 | 2): Promise<void> {
  await page.setViewportSize({
    width: Math.round(VIEWPORT.width / factor),
    height: Math.round(VIEWPORT.height / factor),
  });
}
