import type { Page } from 'playwright-core';
import { editEntry } from '../support/audit-tampering';
import { withRawVaultDatabase } from '../support/raw-database';
import {
  accessibilityViolations,
  fillDateTimeField,
  screenshot,
  settledCount,
  useAppSession,
  ZOOM_200,
} from './support/app';
import {
  DEMO_ADMIN,
  DEMO_PASSWORD,
  prepareDemoCentre,
  signInToDemo,
  openSignedInAsDemo,
} from './support/demo-centre';

describe('the audit log screen', () => {
  let dataDir = '';
  const session = useAppSession(async (dir) => {
    dataDir = dir;
    await prepareDemoCentre(dir);
  });
  const rows = (page: Page) => page.locator('tbody tr');

  beforeAll(async () => {
    await signInToDemo(session.page, session.app.url);
  });

  it('is in the administrator’s menu and lists who did what, newest first', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await rows(page).first().waitFor();
    // The demo data's last step (after the dashboard's own reads of open incidents): an
    // incident followed up by the administrator who ran it; field names only, never the note.
    const newest = (await rows(page).allTextContents()).find((row) => !/Read/.test(row));
    expect(newest).toMatch(/manager\s*Changed\s*Incident no\. \d+/);
    expect(newest).not.toMatch(/Spoke with|Referred|Checked in/);
    await session.expectAccessible('60-audit-log');
  });

  it('filters by record type and action, and says when nothing matches', async () => {
    const { page } = session;
    await page.getByLabel('Record type').selectOption({ label: 'Group' });
    await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Created' });
    await page
      .getByText(/^Group no\. \d+$/)
      .first()
      .waitFor();
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(0);
    for (const row of await rows(page).all()) {
      expect(await row.textContent()).toMatch(/Created.*Group no\. \d+/);
    }
    await fillDateTimeField(page, 'From', '2099-01-01');
    await page.getByRole('heading', { name: 'No entries match' }).waitFor();
    await session.expectAccessible('61-audit-log-no-match');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // The newest entries are the demo's sessions by now: any entry shows the filters are gone.
    expect(await settledCount(rows(page), 0, 500)).toBeGreaterThan(0);
  });

  it('verifies the log by keyboard and says so in words', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Verify log' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/The log verifies: all \d+ entries/)
      .waitFor();
    await session.expectAccessible('62-audit-log-verified');
  });

  it('says where the chain breaks after an entry was changed in the database', async () => {
    const { page } = session;
    // Behind the running app's back, as someone with the raw key and a SQLCipher tool could.
    await withRawVaultDatabase(dataDir, { username: DEMO_ADMIN, password: DEMO_PASSWORD }, (db) =>
      editEntry(db, 2),
    );
    await page.getByRole('button', { name: 'Verify log' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Entry 2 \(.+\) was changed after it was written\.$/)
      .waitFor();
    await session.expectAccessible('63-audit-log-broken');
  });

  it('reads in Spanish', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registro de auditoría' }).waitFor();
    await page.getByText('Tipo de registro').first().waitFor();
    await screenshot(page, '64-audit-log-es');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('reflows at 200 % zoom with nothing to scroll sideways', async () => {
    const browser = session.page.context().browser()!;
    const context = await browser.newContext(ZOOM_200);
    const page = await context.newPage();
    try {
      await openSignedInAsDemo(page, session.app.url);
      const origin = new URL(session.app.url).origin;
      await page.goto(`${origin}/#/audit`);
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await rows(page).first().waitFor();
      await screenshot(page, '65-audit-log-zoom200');
      await rows(page).first().scrollIntoViewIfNeeded();
      await screenshot(page, '66-audit-log-zoom200-rows');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
