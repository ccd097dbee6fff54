import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, useAppSession } from './support/app';
import { initCentre } from './support/demo-centre';
import { pageSizeOf, printToPdf } from './support/print';

// An admin set up from the command line never saw the key typed back: the dashboard asks for
// it until it is, and Settings makes a new key when the paper copy is lost.
const PASSWORD = 'lantern-meadow-58';

describe('checking and replacing the recovery key', () => {
  let cliKey = '';
  let newKey = '';
  const session = useAppSession(async (dataDir) => {
    const init = await initCentre(dataDir, PASSWORD);
    cliKey = /Recovery key: (\S+)/.exec(init.stdout)![1]!;
  });
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  /** The same screen as 200 % zoom shows it: half the CSS pixels across. */
  async function zoomedScreenshot(name: string) {
    await page.setViewportSize({ width: 683, height: 384 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-200.png`), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  const reminder = () => page.getByRole('heading', { name: 'Check your recovery key' });

  it('reminds the admin on the dashboard until the key is checked', async () => {
    await page.goto(session.app.url);
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await reminder().waitFor();
    await session.expectAccessible('40-dashboard-recovery-reminder');
    await zoomedScreenshot('40-dashboard-recovery-reminder');
  });

  it('leads from the reminder to the Recovery key section of Settings', async () => {
    await page.getByRole('link', { name: 'Check the recovery key' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const section = page.getByRole('heading', { level: 2, name: 'Recovery key' });
    await section.waitFor();
    await expect(section.isVisible()).resolves.toBe(true);
    await page.getByText('The recovery key has not been checked yet.', { exact: false }).waitFor();
    await session.expectAccessible('41-settings-recovery-key');
    await zoomedScreenshot('41-settings-recovery-key');
  });

  it('asks for the current password before making a new key', async () => {
    await page.getByLabel('Your current password').fill('not-my-password');
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await page.getByText('That username or password is not right.').waitFor();
    await page.getByLabel('Your current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    newKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(newKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(newKey).not.toBe(cliKey);
    await page.getByText('The old key no longer works.', { exact: false }).waitFor();
    await session.expectAccessible('42-settings-new-recovery-key');
    await zoomedScreenshot('42-settings-new-recovery-key');
  });

  it("prints only the sheet, on one page, with the key and the administrator's username", async () => {
    const pdf = await printToPdf(page, 'recovery-sheet');
    expect(pdf.pages).toBe(1);
    // The organisation's paper: A4 unless Settings says otherwise.
    expect(pageSizeOf(pdf.file)).toEqual({
      width: expect.closeTo(595, 0) as number,
      height: expect.closeTo(842, 0) as number,
    });
    for (const group of newKey.split('-')) expect(pdf.text).toContain(group);
    expect(pdf.text).toMatch(/Administrator username\s+manager/);
    expect(pdf.text).toContain('Harbour Community Centre');
    expect(pdf.text).toContain('Keep it somewhere safe, not with the computer.');
    // Nothing of the screen around it: not the sidebar, the settings or the buttons.
    for (const chrome of ['Dashboard', 'Settings', 'Make a new recovery key', 'Save as PDF']) {
      expect(pdf.text).not.toContain(chrome);
    }
  });

  it('keeps reminding when the check is left for later', async () => {
    await page.getByLabel('I have printed or written down this key').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 3, name: 'Check your copy of the key' }).waitFor();
    await expect(page.getByTestId('recovery-key').count()).resolves.toBe(0);
    await session.expectAccessible('43b-settings-check-recovery-key');
    await zoomedScreenshot('43b-settings-check-recovery-key');
    await page.getByRole('button', { name: 'Check it later' }).click();
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await reminder().waitFor();
    await page.getByRole('link', { name: 'Check the recovery key' }).click();
  });

  it('refuses the old key and accepts the new one, and the reminder goes away', async () => {
    const typed = page.getByLabel('Recovery key from your paper copy');
    await typed.fill(cliKey);
    await page.getByRole('button', { name: 'Check the key' }).click();
    await page.getByText('That recovery key does not open this data.', { exact: false }).waitFor();
    await typed.fill(newKey);
    await page.getByRole('button', { name: 'Check the key' }).click();
    await page.getByText('The recovery key is confirmed', { exact: false }).waitFor();
    await session.expectAccessible('44-settings-recovery-key-confirmed');
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(reminder().count()).resolves.toBe(0);
  });
});
