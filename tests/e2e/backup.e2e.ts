import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, useAppSession } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre, signInToDemo } from './support/demo-centre';

// An admin backs up to a folder standing in for a USB drive, changes something, restores the
// backup, finds the change gone, and finds the data from before the restore kept aside.
describe('backing up to a USB drive and restoring', () => {
  const session = useAppSession(prepareDemoCentre);
  const usb = mkdtempSync(path.join(os.tmpdir(), 'ck-usb-'));
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  afterAll(() => rmSync(usb, { recursive: true, force: true }));

  async function zoomedScreenshot(name: string) {
    await page.setViewportSize({ width: 683, height: 384 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-200.png`), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  async function openRestore() {
    await page.getByRole('navigation').getByRole('link', { name: 'Backup' }).click();
    await page.getByRole('link', { name: 'Restore from a backup…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Restore from a backup' }).waitFor();
  }

  async function goToFolderInPicker(folder: string) {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Folder path').fill(folder);
    await dialog.getByRole('button', { name: 'Go', exact: true }).click();
    await dialog.getByText(folder, { exact: true }).waitFor();
  }

  it('reminds on the dashboard that no backup was made yet', async () => {
    await signInToDemo(page, session.app.url);
    await page.getByText('No backup has been made from this computer yet.').waitFor();
    await session.expectAccessible('50-dashboard-backup-never');
  });

  it('backs up to the chosen folder and says what was verified', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Backup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Backup' }).waitFor();
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await goToFolderInPicker(usb);
    await session.expectAccessible('51-backup-folder-picker');
    await page.getByRole('button', { name: 'Use this folder' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    const result = page.getByText(/^Verified ✓ .* groups · .* MB$|^Verified ✓ .* groups · .* kB$/);
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/· \d+ groups · \d+ volunteers · \d+ locations ·/);
    expect(readdirSync(usb).filter((f) => f.endsWith('.ckbackup'))).toHaveLength(1);
    await session.expectAccessible('52-backup-verified');
    await zoomedScreenshot('52-backup-verified');
  });

  it('restores the backup, after which the change made since is gone', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Locations' }).click();
    await page.getByRole('button', { name: 'New location' }).click();
    await page.getByLabel('Name').fill('Annex made after the backup');
    await page.getByRole('button', { name: 'Save location' }).click();
    await page.getByRole('cell', { name: 'Annex made after the backup' }).waitFor();

    await openRestore();
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await goToFolderInPicker(usb);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /\.ckbackup/ })
      .click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Username').fill(DEMO_ADMIN);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByRole('alert').filter({ hasText: 'does not open this backup' }).waitFor();
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByRole('heading', { name: 'Check what is in this backup' }).waitFor();
    await session.expectAccessible('53-restore-preview');
    await zoomedScreenshot('53-restore-preview');
    await page.getByRole('button', { name: 'Restore now' }).click();

    await page.getByText('The restore worked', { exact: false }).waitFor({ timeout: 30_000 });
    await session.expectAccessible('54-restore-done-sign-in');
    await signInToDemo(page, session.app.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Locations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByText('Annex made after the backup').count()).toBe(0);
  });

  it('lists the data from before the restore as a safety copy', async () => {
    await openRestore();
    await page.getByRole('heading', { name: 'Safety copies' }).waitFor();
    await page.getByRole('button', { name: 'Restore this copy' }).waitFor();
    await session.expectAccessible('55-restore-safety-copies');
  });
});
