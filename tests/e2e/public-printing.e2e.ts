import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateDemoData } from '../../main/demo/generate';
import { SCREENSHOT_DIR, useAppSession } from './support/app';
import { DEMO_ADMIN, prepareDemoCentre, signInToDemo } from './support/demo-centre';

// Reception's PC: the print station from the sign-in screen, with no password, offering the
// public printables; its meeting list shows listed groups and the centre's contact and nothing
// private; an admin can turn it off.
const demo = generateDemoData('small');
const listed = demo.groups
  .filter((g) => g.group.status === 'active' && g.group.isListedPublicly)
  .map((g) => g.group.name);
const notListed = demo.groups.map((g) => g.group.name).filter((name) => !listed.includes(name));
/** Internal text the demo data holds: none of it may reach the print station. */
const PRIVATE_TEXT = [
  // The links of the groups that give theirs on request (the others chose to publish them).
  ...demo.groups
    .filter((g) => !g.group.isOnlineLinkPublic && g.group.onlineLink)
    .map((g) => g.group.onlineLink!),
  'What is said here stays here',
  'Step-free entrance, accessible toilet.',
  'Two steps at the front door',
  DEMO_ADMIN,
];

describe('public printing at reception', () => {
  const session = useAppSession(prepareDemoCentre);
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  /** The same screen at 200 % zoom: a 683×384 window at twice the pixel density. */
  async function zoomedScreenshot(name: string) {
    const context = await page
      .context()
      .browser()!
      .newContext({
        viewport: { width: 683, height: 384 },
        deviceScaleFactor: 2,
        locale: 'en-GB',
      });
    try {
      const zoomed = await context.newPage();
      await zoomed.goto(`${session.app.url}#/public-printing`);
      await zoomed.getByRole('heading', { level: 1 }).first().waitFor();
      await zoomed.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-200.png`) });
    } finally {
      await context.close();
    }
  }

  it('offers Public printing on the sign-in screen and shows the listed groups with no password', async () => {
    expect(listed.length).toBeGreaterThan(0);
    expect(notListed.length).toBeGreaterThan(0);
    await page.goto(session.app.url);
    const offer = page.getByRole('link', { name: /Public printing/ });
    await offer.waitFor();
    await session.expectAccessible('69-sign-in-with-public-printing');
    await offer.click();
    await page.getByRole('heading', { level: 1, name: 'Public printing' }).waitFor();
    await session.expectAccessible('70-public-printing-chooser');
    await zoomedScreenshot('70-public-printing-chooser');
    await page.getByRole('link', { name: 'Weekly meeting list' }).click();
    // The screen's title and the printout's own title are both "Weekly meeting list".
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { level: 1, name: 'Weekly meeting list' }).waitFor();
    await preview.getByRole('heading', { name: 'Contact us' }).waitFor();
    await page.getByRole('rowheader').filter({ hasText: listed[0] }).first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of listed) expect(text).toContain(name);
    for (const name of notListed) expect(text).not.toContain(name);
    for (const secret of PRIVATE_TEXT) expect(text).not.toContain(secret);
    expect(text).toContain('Harbour Community Centre');
    await session.expectAccessible('70-public-printing');
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, '70-public-printing-full.png'),
      fullPage: true,
    });
  });

  it('prints the list alone: no buttons, no links, every listed group', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, '70-public-printing.pdf');
    writeFileSync(file, pdf);
    const printed = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const name of listed) expect(printed).toContain(name);
    expect(printed).not.toContain('Back to the print station');
    expect(printed).not.toContain('Save as PDF');
    expect(printed).not.toMatch(/^\s*Print\s*$/m);
  });

  it('goes back to sign-in, and once an admin turns it off it is no longer offered', async () => {
    await page.getByRole('link', { name: 'Back to the print station' }).click();
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInToDemo(page, session.app.url);
    await page.getByRole('link', { name: 'Settings' }).first().click();
    const option = page.getByRole('checkbox', {
      name: 'Offer public printing on the sign-in screen',
    });
    await option.waitFor({ state: 'attached' });
    expect(await option.isChecked()).toBe(true);
    await option.scrollIntoViewIfNeeded();
    await session.expectAccessible('71-settings-public-printing');
    await option.click({ force: true });
    await page.getByRole('button', { name: 'Save public printing' }).click();
    await page.getByText('Saved', { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: /Forgot your password/ }).waitFor();
    expect(await page.getByRole('link', { name: /Public printing/ }).count()).toBe(0);
    await page.goto(`${session.app.url.split('#')[0]}#/public-printing`);
    await page.getByRole('heading', { name: 'Public printing is off' }).waitFor();
    await session.expectAccessible('72-public-printing-off');
  });
});
