import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  screenshot,
  SCREENSHOT_DIR,
  useAppSession,
  ZOOM_200,
} from './support/app';
import { openSignedInAsDemo, prepareDemoCentre } from './support/demo-centre';
import { checkPrintable, type PrintQuery } from './support/print';
import { anyProblem, findDemoPaths, layoutProblems, openScreen, SCREENS } from './support/screens';

// Issue 12: Arabic reads right to left. Every screen is checked once its data is in (never while
// it says "Loading…"): axe, nothing scrolling sideways, the sidebar on the right, phone numbers
// and typed addresses left to right, language names whole, and react-aria's own words in Arabic too.
const SHOTS = path.join(SCREENSHOT_DIR, 'rtl');

async function switchToArabic(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
}

describe('the app in Arabic', () => {
  const session = useAppSession(prepareDemoCentre);
  const empty = useAppSession();

  it('turns right to left, sidebar on the right, with every screen accessible and unclipped', async () => {
    const { page, app } = session;
    await openSignedInAsDemo(page, app.url);
    await switchToArabic(page);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    const origin = new URL(app.url).origin;
    const paths = await findDemoPaths(page, origin);

    mkdirSync(SHOTS, { recursive: true });
    const problems: unknown[] = [];
    for (const screen of SCREENS) {
      await openScreen(page, origin, screen, paths);
      await screenshot(page, path.join('rtl', screen.name));
      const violations = await accessibilityViolations(page);
      // The sidebar sits at the start of the line: on the right in Arabic.
      const isSidebarOnRight = await page.evaluate(() => {
        const box = document.querySelector('.sidebar')?.getBoundingClientRect();
        return !box || box.left > window.innerWidth / 2;
      });
      // react-aria's own words ("Show suggestions") follow the UI language.
      const englishControls = await page
        .locator('[aria-label]')
        .evaluateAll((elements) =>
          elements
            .map((element) => element.getAttribute('aria-label') ?? '')
            .filter((label) => /^(Show suggestions|Clear|Select|Dismiss)$/.test(label)),
        );
      const found = { ...anyProblem(await layoutProblems(page)) };
      if (
        Object.keys(found).length ||
        violations.length ||
        !isSidebarOnRight ||
        englishControls.length
      )
        problems.push({
          screen: screen.name,
          ...found,
          violations,
          isSidebarOnRight,
          englishControls,
        });
    }
    expect(problems).toEqual([]);
    // Twenty-three screens, each with axe, on a shared machine.
  }, 600_000);

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
        const origin = new URL(app.url).origin;
        extra.groupId = /groups\/([^/?#]+)/.exec((await findDemoPaths(page, origin)).GROUP)?.[1];
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
      // A typed address ("10 Southfield Lane") keeps its order inside the Arabic printout.
      expect((await layoutProblems(page)).reversedTexts).toEqual([]);
      if (printable === 'flyer') {
        // "(60 دقيقة)" broke after "(60" at the line end: the duration now stays with its unit.
        const durationLines = await page.evaluate(() => {
          const when = [...document.querySelectorAll('.flyer__fact dd strong')].find((element) =>
            /دقيقة|دقائق/.test(element.textContent ?? ''),
          );
          const text = when?.firstChild;
          if (!text?.textContent) return null;
          const match = /\S+\s(دقيقة|دقائق)/.exec(text.textContent);
          if (!match) return null;
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(durationLines).toBe(1);
      }
      mkdirSync(SHOTS, { recursive: true });
      copyFileSync(result.png, path.join(SHOTS, `print-${printable}.png`));
    },
  );
  // After the printouts: signing in from another window signs this page out of the browser host.
  it('reflows every screen at 200 % zoom, with the language names whole in the open menu', async () => {
    const browser = session.page.context().browser()!;
    const page = await (await browser.newContext(ZOOM_200)).newPage();
    try {
      await openSignedInAsDemo(page, session.app.url);
      await switchToArabic(page);
      const origin = new URL(session.app.url).origin;
      const paths = await findDemoPaths(page, origin);
      const problems: unknown[] = [];
      for (const screen of SCREENS) {
        await openScreen(page, origin, screen, paths);
        const found = anyProblem(await layoutProblems(page));
        if (Object.keys(found).length) problems.push({ screen: screen.name, ...found });
      }
      await page.getByRole('button', { name: 'القائمة' }).click();
      await page.locator('.language-switcher').waitFor();
      await screenshot(page, path.join('rtl', 'zoom200-menu-open'));
      const menu = anyProblem(await layoutProblems(page));
      if (Object.keys(menu).length) problems.push({ screen: 'menu-open', ...menu });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 600_000);

  it.each([
    ['sign-in', 'session', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }],
    ['first-run', 'empty', ZOOM_200],
  ] as const)(
    'shows the %s screen in Arabic, unclipped and accessible',
    async (name, which, size) => {
      const app = which === 'session' ? session.app : empty.app;
      const browser = session.page.context().browser()!;
      const page = await (await browser.newContext(size)).newPage();
      try {
        await page.goto(app.url);
        await page.locator('.pre-login .language-switcher').waitFor();
        await switchToArabic(page);
        await page.locator('main h1').first().waitFor();
        await screenshot(page, path.join('rtl', name), true);
        expect({
          ...anyProblem(await layoutProblems(page)),
          violations: await accessibilityViolations(page),
        }).toEqual({ violations: [] });
      } finally {
        await page.context().close();
      }
    },
  );
});
