import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateDemoData } from '../../main/demo/generate';
import { SCREENSHOT_DIR, useAppSession } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre } from './support/demo-centre';

// A British centre opened in a browser whose own language is American English: once the
// organisation's region is set, times read the centre's way, "19:00".

const eveningGroup = generateDemoData('small').groups.find(
  (g) => g.group.status !== 'archived' && g.group.schedule.startTime === '19:00',
)!.group;

describe('the organisation’s region for dates and times', () => {
  const session = useAppSession(prepareDemoCentre, { locale: 'en-US' });
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  const scheduleOfEveningGroup = () =>
    page.getByRole('row').filter({ hasText: eveningGroup.name }).first();

  async function openGroups() {
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await scheduleOfEveningGroup().waitFor();
  }

  it('writes times the browser’s way while the organisation has no region', async () => {
    await page.goto(session.app.url);
    await page.getByLabel('Username').fill(DEMO_ADMIN);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await openGroups();
    await expect(scheduleOfEveningGroup().textContent()).resolves.toMatch(/7:00\sPM/);
  });

  it('offers every region with an example, and saves the United Kingdom', async () => {
    await page.getByRole('link', { name: 'Settings' }).first().click();
    const region = page.getByLabel('Region for dates and times');
    await region.waitFor();
    await expect(region.inputValue()).resolves.toBe('');
    await region.selectOption('GB');
    await expect(region.locator('option:checked').textContent()).resolves.toBe(
      'United Kingdom — 19:00, 30/11/2026',
    );
    await page.getByRole('button', { name: 'Save organisation' }).click();
    await page.getByText('Saved', { exact: false }).first().waitFor();
    await region.scrollIntoViewIfNeeded();
    await session.expectAccessible('60-settings-date-region');
    await page.setViewportSize({ width: 683, height: 384 });
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, '60-settings-date-region-200.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('then writes the evening group’s time as 19:00', async () => {
    await openGroups();
    await expect(scheduleOfEveningGroup().textContent()).resolves.toMatch(/19:00/);
  });
});
