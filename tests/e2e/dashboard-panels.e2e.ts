import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, screenshot, useAppSession, ZOOM_200 } from './support/app';
import { openSignedInAsDemo, prepareDemoCentre, signInToDemo } from './support/demo-centre';

// Issue 13: the dashboard is read at a glance. Each list panel shows its first 8 items, says how
// many there are and lists all of them on request.
const SHOWN = 8;
const ROWS = '.cover-panel__row, .needs-record tbody tr, .open-incidents__list li';
const SHOTS = 'dashboard-panels';

/** The panels' rows, once every panel has its data. */
async function panelRows(page: Page): Promise<number[]> {
  await page.locator('.dashboard tr').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.loading') === null);
  return page
    .locator('.dashboard__panels > section')
    .evaluateAll((sections, rows) => sections.map((s) => s.querySelectorAll(rows).length), ROWS);
}

async function shoot(page: Page, name: string) {
  await screenshot(page, path.join(SHOTS, name), true);
  // Also where the lead looks at them.
  const target = process.env.CK_SHOTS_DIR;
  if (target) {
    mkdirSync(target, { recursive: true });
    copyFileSync(path.join(SCREENSHOT_DIR, SHOTS, `${name}.png`), path.join(target, `${name}.png`));
  }
}

describe('the dashboard’s panels', () => {
  const session = useAppSession(prepareDemoCentre);

  it('list their first 8 items, with the count and a button that shows all', async () => {
    const { page, app } = session;
    await openSignedInAsDemo(page, app.url);
    const rows = await panelRows(page);
    expect(Math.max(...rows)).toBe(SHOWN);

    // The first panel with more than 8 (the demo centre has more than 8 cover conflicts).
    const panel = page
      .locator('.dashboard__panels > section', { has: page.locator('.dashboard-more') })
      .first();
    const summary = (await panel.locator('.dashboard-more span').textContent()) ?? '';
    const total = Number(/^Showing 8 of (\d+)\.$/.exec(summary)?.[1]);
    expect(total).toBeGreaterThan(SHOWN);
    await shoot(page, 'dashboard-1366');
    await session.expectAccessible('dashboard-panels');

    const heading = (await panel.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await panel.getByRole('button', { name: `Show all ${total} ${heading}` }).click();
    await panel.getByRole('button', { name: `Show only the first 8 ${heading}` }).waitFor();
    expect(await panel.locator(ROWS).count()).toBe(total);
    await session.expectAccessible('dashboard-panels-all');
  }, 120_000);

  it('read right to left in Arabic', async () => {
    const { page } = session;
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    // The list the first test opened in full stays open, now with its button in Arabic.
    await page.getByRole('button', { name: /^عرض أول/ }).click();
    await page
      .getByRole('button', { name: /^عرض الكل/ })
      .first()
      .waitFor();
    expect(Math.max(...(await panelRows(page)))).toBe(SHOWN);
    await shoot(page, 'dashboard-ar');
    await session.expectAccessible('dashboard-panels-ar');
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  }, 120_000);

  it('fit a 200 % zoom window', async () => {
    const browser = session.page.context().browser()!;
    const context = await browser.newContext(ZOOM_200);
    try {
      const page = await context.newPage();
      await signInToDemo(page, session.app.url);
      expect(Math.max(...(await panelRows(page)))).toBe(SHOWN);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(page, 'dashboard-zoom200');
    } finally {
      await context.close();
    }
  }, 120_000);
});
