// Referral resources (issue 11): a coordinator adds a crisis line on the screen, sees it on the
// resource sheet (crisis lines first, every number printed, in A4 and Letter, large print and
// Spanish), removes and restores it; the print station prints the sheet with no password.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_RESOURCES } from '../../main/demo/resources';
import {
  accessibilityViolations,
  screenshot,
  SCREENSHOT_DIR,
  useAppSession,
  VIEWPORT,
  ZOOM_200,
} from './support/app';
import { prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { checkPrintable, pageSizeOf, type PrintedPdf } from './support/print';

const SHOTS = '/work/shots/resources';
const ADDED = {
  name: 'Harbour Domestic Abuse Helpline',
  purpose: 'Confidential support for anyone experiencing abuse at home',
  phone: '01632 960 600',
  hours: '24 hours, every day',
};
const PHONES = [...DEMO_RESOURCES.map((r) => r.phone ?? ''), ADDED.phone];
const CRISIS_PHONES = [...DEMO_RESOURCES.filter((r) => r.isCrisisLine).map((r) => r.phone ?? '')];
const LOCAL_PHONES = DEMO_RESOURCES.filter((r) => !r.isCrisisLine).map((r) => r.phone ?? '');

/** Keeps a copy of a picture that was looked at, for the record. */
function keep(file: string, name = path.basename(file)): void {
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(file, path.join(SHOTS, name));
}

/** Where each phone number first appears in the text, with pdftotext's spaces made single. */
const positionOf = (text: string, phone: string) => text.replace(/ +/g, ' ').indexOf(phone);

/** Every page that lists services other than crisis lines starts their table with its header. */
function expectHeaderOnEveryTablePage(printed: PrintedPdf, header: RegExp): void {
  const tablePages = printed.pageTexts.filter((text) =>
    LOCAL_PHONES.some((phone) => positionOf(text, phone) > -1),
  );
  expect(tablePages.length).toBeGreaterThan(0);
  for (const text of tablePages) expect(text).toMatch(header);
}

describe('referral resources', () => {
  const session = useAppSession(prepareDemoCentre);
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await signInToDemo(page, session.app.url);
  });

  it('adds a crisis line on the screen, marked in words and listed with the crisis lines', async () => {
    await page.getByRole('link', { name: 'Referral resources' }).click();
    await page.getByRole('heading', { level: 1, name: 'Referral resources' }).waitFor();
    await page.getByRole('row', { name: /Samaritans/ }).waitFor();
    await session.expectAccessible('resources-list');
    keep(path.join(SCREENSHOT_DIR, 'resources-list.png'));

    await page.getByRole('button', { name: 'Add a resource' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a referral resource' });
    await dialog.getByLabel('Name').fill(ADDED.name);
    await dialog.getByLabel('What it is for').fill(ADDED.purpose);
    await dialog.getByText('Crisis line', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Save resource' }).click();
    await dialog.getByText('A crisis line needs a phone number').first().waitFor();
    await session.expectAccessible('resources-add-error');
    keep(path.join(SCREENSHOT_DIR, 'resources-add-error.png'));
    await dialog.getByLabel('Phone').fill(ADDED.phone);
    await dialog.getByLabel('Hours').fill(ADDED.hours);
    await dialog.getByRole('button', { name: 'Save resource' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: new RegExp(ADDED.name) });
    await row.getByText('Crisis line', { exact: true }).waitFor();

    // 200 % zoom: the same window at half the CSS width and height (a new window would end the
    // session when closed, as closing a tab does on the shared PC).
    await page.setViewportSize(ZOOM_200.viewport);
    try {
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, 'resources-list-zoom200');
      keep(path.join(SCREENSHOT_DIR, 'resources-list-zoom200.png'));
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
  });

  it('prints the sheet in A4 and Letter: crisis lines first, every number, nothing overflowing', async () => {
    for (const [paper, size] of [
      ['A4', { width: 595, height: 842 }],
      ['Letter', { width: 612, height: 792 }],
    ] as const) {
      const printed = await checkPrintable(page, session.app.url, {
        printable: 'resources',
        paper,
        name: `resources-${paper}`,
      });
      keep(printed.png);
      expect(printed.overflow).toEqual([]);
      expect(pageSizeOf(printed.file).width).toBeCloseTo(size.width, 0);
      expectHeaderOnEveryTablePage(printed, /Service\s+Phone\s+When\s+Where/);
      expect(printed.text).toContain('Where to find help');
      expect(printed.text).toContain('If you or someone else is in danger now');
      expect(printed.text).toContain(ADDED.name);
      for (const phone of PHONES) expect(positionOf(printed.text, phone)).toBeGreaterThan(-1);
      const lastCrisis = Math.max(
        ...[...CRISIS_PHONES, ADDED.phone].map((p) => positionOf(printed.text, p)),
      );
      const firstLocal = Math.min(...LOCAL_PHONES.map((p) => positionOf(printed.text, p)));
      expect(lastCrisis).toBeLessThan(firstLocal);
    }
    await session.expectAccessible('resources-sheet-preview');
  });

  it('keeps the sheet whole in large print and in Spanish: no split row, the header on every page', async () => {
    const large = await checkPrintable(page, session.app.url, {
      printable: 'resources',
      query: { large: true },
      paper: 'A4',
      name: 'resources-A4-large',
    });
    keep(large.png);
    expect(large.overflow).toEqual([]);
    expect(large.pages).toBeGreaterThan(1);
    for (const phone of PHONES) expect(positionOf(large.text, phone)).toBeGreaterThan(-1);
    expectHeaderOnEveryTablePage(large, /Service\s+Phone\s+When\s+Where/);

    const spanish = await checkPrintable(page, session.app.url, {
      printable: 'resources',
      query: { lang: 'es' },
      paper: 'Letter',
      name: 'resources-Letter-es',
    });
    keep(spanish.png);
    expect(spanish.overflow).toEqual([]);
    expect(spanish.text).toContain('Dónde encontrar ayuda');
    expect(spanish.text).toContain('Si usted u otra persona está en peligro ahora');
    for (const phone of PHONES) expect(positionOf(spanish.text, phone)).toBeGreaterThan(-1);
    expectHeaderOnEveryTablePage(spanish, /Servicio\s+Teléfono\s+Cuándo\s+Dónde/);
  });

  it('removes a resource after asking, and restores it', async () => {
    await page.goto(`${new URL(session.app.url).origin}/#/resources`);
    await page.getByRole('heading', { level: 1, name: 'Referral resources' }).waitFor();
    await page.getByRole('button', { name: `Remove ${ADDED.name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove “${ADDED.name}”?` });
    await confirm.getByText(/It stays stored/).waitFor();
    await session.expectAccessible('resources-remove');
    keep(path.join(SCREENSHOT_DIR, 'resources-remove.png'));
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByText('1 removed resource').click();
    await page.getByRole('button', { name: `Restore ${ADDED.name}` }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(ADDED.name) }).count()).toBe(0);
    await session.expectAccessible('resources-removed');
    keep(path.join(SCREENSHOT_DIR, 'resources-removed.png'));
    await page.getByRole('button', { name: `Restore ${ADDED.name}` }).click();
    await page.getByRole('row', { name: new RegExp(ADDED.name) }).waitFor();
  });

  it('prints the sheet at the print station, signed out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    const printed = await checkPrintable(page, session.app.url, {
      printable: 'resources',
      paper: 'A4',
      name: 'resources-station-A4',
    });
    keep(printed.png);
    expect(printed.overflow).toEqual([]);
    expect(await page.getByRole('link', { name: 'Back to the print station' }).count()).toBe(1);
    for (const phone of PHONES) expect(positionOf(printed.text, phone)).toBeGreaterThan(-1);
  });
});
