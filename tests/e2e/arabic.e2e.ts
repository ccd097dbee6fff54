import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, SCREENSHOT_DIR, useAppSession } from './support/app';
import { openSignedInAsDemo, prepareDemoCentre } from './support/demo-centre';
import { checkPrintable, type PrintQuery } from './support/print';

// Issue 12: Arabic reads right to left. The Arabic catalogue may still hold English while it is
// translated, so this checks direction and layout, never words.
const SHOTS = path.join(SCREENSHOT_DIR, 'rtl');

async function settle(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the app in Arabic', () => {
  const session = useAppSession(prepareDemoCentre);

  it('turns right to left, sidebar on the right, with every screen accessible and unclipped', async () => {
    const { page, app } = session;
    await openSignedInAsDemo(page, app.url);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);

    const origin = new URL(app.url).origin;
    const links = await page
      .locator('nav a.sidebar__link')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    await page.goto(`${origin}/#/groups`);
    await settle(page);
    const firstGroup = await page.locator('tbody th a').first().getAttribute('href');
    const screens = [...links, firstGroup ?? ''].filter(Boolean);
    expect(screens.length).toBeGreaterThanOrEqual(8);

    const problems: unknown[] = [];
    for (const [index, href] of screens.entries()) {
      await page.goto(new URL(href, `${origin}/`).href);
      await settle(page);
      const name = `${index}-${href.replace(/[^a-z]+/gi, '-').replace(/^-|-$/g, '') || 'home'}`;
      mkdirSync(SHOTS, { recursive: true });
      await screenshot(page, path.join('rtl', name));
      const overflow = await sidewaysOverflow(page);
      const violations = await accessibilityViolations(page);
      // The sidebar sits at the start of the line: on the right in Arabic.
      const sidebarOnRight = await page.evaluate(() => {
        const box = document.querySelector('.sidebar')?.getBoundingClientRect();
        return !box || box.left > window.innerWidth / 2;
      });
      if (overflow > 0 || violations.length > 0 || !sidebarOnRight)
        problems.push({ href, overflow, violations, sidebarOnRight });
    }
    expect(problems).toEqual([]);
    // Fifteen screens, each with axe, on a shared machine.
  }, 420_000);

  it.each<[string, 'flyer' | 'meeting-list' | 'calendar', PrintQuery]>([
    ['flyer', 'flyer', {}],
    ['meeting list', 'meeting-list', {}],
    ['calendar', 'calendar', {}],
  ])(
    'prints the %s in Arabic, right to left, with nothing overflowing',
    async (_, printable, query) => {
      const { page, app } = session;
      const extra: PrintQuery = { ...query };
      if (printable === 'flyer') {
        await page.goto(`${new URL(app.url).origin}/#/groups`);
        await settle(page);
        const href = (await page.locator('tbody th a').first().getAttribute('href')) ?? '';
        extra.groupId = /groups\/([^/?#]+)/.exec(href)?.[1];
      }
      const result = await checkPrintable(page, app.url, {
        printable,
        query: { ...extra, lang: 'ar' },
        paper: 'A4',
        name: `rtl-${printable}-ar-A4`,
      });
      expect(
        await page.evaluate(() => {
          const doc = document.querySelector('.print-doc');
          return [doc?.getAttribute('lang'), doc ? getComputedStyle(doc).direction : null];
        }),
      ).toEqual(['ar', 'rtl']);
      expect(result.overflow).toEqual([]);
      mkdirSync(SHOTS, { recursive: true });
      copyFileSync(result.png, path.join(SHOTS, `print-${printable}.png`));
    },
  );
});
