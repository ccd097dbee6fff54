import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, screenshot, useAppSession, ZOOM_200 } from './support/app';
import { prepareDemoCentre, openSignedInAsDemo } from './support/demo-centre';
import { focusStopsUnderSaveBar } from './support/focus';

// WCAG 1.4.10 reflow: at 1366×768 with 200 % zoom the window is 683×384 CSS px; nothing may
// scroll sideways there, nor at 320 px. The sidebar folds into a Menu button.
const PHONE_WIDE = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 };
const FULL_HD = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 };

const SCREENS = [
  { name: 'dashboard', path: '/', heading: { en: 'Dashboard', es: 'Resumen' } },
  { name: 'groups', path: '/groups', heading: { en: 'Groups', es: 'Grupos' } },
  { name: 'group-detail', path: 'first-group', heading: null },
  { name: 'group-form', path: '/groups/new', heading: { en: 'New group', es: 'Nuevo grupo' } },
  { name: 'locations', path: '/locations', heading: { en: 'Locations', es: 'Lugares' } },
  { name: 'closures', path: '/closures', heading: { en: 'Closures', es: 'Cierres' } },
  { name: 'settings', path: '/settings', heading: { en: 'Settings', es: 'Ajustes' } },
  { name: 'users', path: '/users', heading: { en: 'User accounts', es: 'Cuentas de usuario' } },
] as const;

type Language = 'en' | 'es';

describe('reflow at 200 % zoom and in narrow windows', () => {
  const session = useAppSession(prepareDemoCentre);
  let browser: Browser;
  let page: Page;
  /** The signed-in window the tests share while they need its pixel density and language. */
  let shared: { key: string; page: Page } | undefined;

  beforeAll(() => {
    browser = session.page.context().browser()!;
  });
  afterAll(async () => {
    await shared?.page.context().close();
  });

  // A sign-in elsewhere ends the host's session, so a window is reused only by the next tests.
  async function openAt(size: typeof ZOOM_200, language: Language) {
    const key = `${size.deviceScaleFactor}×-${language}`;
    if (shared?.key === key) {
      page = shared.page;
      await page.setViewportSize(size.viewport);
      return;
    }
    await shared?.page.context().close();
    page = await (await browser.newContext(size)).newPage();
    shared = { key, page };
    await openSignedInAsDemo(page, session.app.url);
    if (language === 'es') {
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { level: 1, name: 'Resumen' }).waitFor();
    }
  }

  async function visit(screen: (typeof SCREENS)[number], language: Language) {
    const origin = new URL(session.app.url).origin;
    if (screen.path === 'first-group') {
      await page.goto(`${origin}/#/groups`);
      const firstGroup = page.locator('tbody th a').first();
      const name = (await firstGroup.textContent()) ?? '';
      await firstGroup.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
    } else {
      await page.goto(`${origin}/#${screen.path}`);
      await page.getByRole('heading', { level: 1, name: screen.heading[language] }).waitFor();
    }
    // Let lists and figures arrive before measuring.
    await page.waitForLoadState('networkidle');
  }

  const sidewaysOverflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  async function expectZoomedScreensFine(language: Language) {
    await openAt(ZOOM_200, language);
    const problems: unknown[] = [];
    for (const screen of SCREENS) {
      await visit(screen, language);
      await screenshot(page, `50-zoom200-${screen.name}-${language}`, true);
      const overflow = await sidewaysOverflow();
      const violations = await accessibilityViolations(page);
      if (overflow > 0 || violations.length > 0) problems.push({ screen, overflow, violations });
    }
    expect(problems).toEqual([]);
  }

  // In window order: the English 200 % window serves the next two tests as well.
  it('has no sideways scrolling and no axe violation at 683×384, 2× (en)', () =>
    expectZoomedScreensFine('en'));

  it('folds the sidebar into a Menu button that opens, closes on Escape and after a choice', async () => {
    await openAt(ZOOM_200, 'en');
    const menu = page.getByRole('button', { name: 'Menu' });
    const groupsLink = page.getByRole('link', { name: 'Groups' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(groupsLink.isVisible()).resolves.toBe(false);

    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await groupsLink.waitFor();
    await screenshot(page, '51-zoom200-menu-open-en');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    await groupsLink.focus();
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Menu');

    await menu.click();
    await groupsLink.click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('keeps the focused field above the sticky save bar at 683×384, from the keyboard', async () => {
    await openAt(ZOOM_200, 'en');
    await visit(SCREENS[3], 'en');
    await expect(focusStopsUnderSaveBar(page, 'Name')).resolves.toEqual([]);
  });

  it('has no sideways scrolling and no axe violation at 683×384, 2× (es)', () =>
    expectZoomedScreensFine('es'));

  it.each([
    ['320 px', 'en', PHONE_WIDE],
    ['320 px', 'es', PHONE_WIDE],
    ['1366×768', 'es', FULL_HD],
  ] as const)('has no sideways scrolling at %s (%s)', async (label, language, size) => {
    await openAt(size, language);
    const overflowing: string[] = [];
    for (const screen of SCREENS) {
      await visit(screen, language);
      await screenshot(page, `52-${size.viewport.width}-${screen.name}-${language}`, true);
      if ((await sidewaysOverflow()) > 0) overflowing.push(screen.name);
    }
    expect({ label, overflowing }).toEqual({ label, overflowing: [] });
  });
});
