import type { Page } from 'playwright-core';
import { fillDateTimeField, screenshot, useAppSession } from './support/app';

// One story, as a coordinator would live it: first run, a group, a lock, a wrong password.
// Screens are captured at 1366×768 into test-results/screenshots/ and checked with axe.
const PASSWORD = 'kettle-garden-74';
const GROUP_NAME = 'Tuesday Bereavement Circle';
const NEW_PASSWORD = 'willow-harbour-93';

describe('first run to a locked and unlocked app', () => {
  const session = useAppSession();
  let page: Page;
  let recoveryKey = '';

  beforeAll(() => {
    page = session.page;
  });

  const expectAccessible = (screen: string) => session.expectAccessible(screen);

  it('sets up the organisation and the first administrator', async () => {
    await page.goto(session.app.url);
    await page.getByLabel('Organisation name').fill('Riverside Community Centre');
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Display name').fill('Morgan Lee');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await expectAccessible('01-setup-wizard');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set up Circlekeeper' }).click();
  });

  it('shows the recovery key once, and asks that it be kept', async () => {
    recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    await expectAccessible('02-recovery-key');
    await page.getByLabel('I have printed or written down this key').check();
    await page.getByRole('button', { name: 'Continue' }).click();
  });

  it('has the key typed back from paper, so the copy is known to work', async () => {
    await page.getByRole('heading', { level: 2, name: 'Check your copy of the key' }).waitFor();
    await expect(page.getByTestId('recovery-key').count()).resolves.toBe(0);
    const typed = page.getByLabel('Recovery key from your paper copy');
    await typed.fill(recoveryKey.replace(/.$/, recoveryKey.endsWith('0') ? '1' : '0'));
    await page.getByRole('button', { name: 'Check the key' }).click();
    await page.getByText('That recovery key does not open this data.', { exact: false }).waitFor();
    await expectAccessible('02b-recovery-key-check');
    await typed.fill(recoveryKey.toLowerCase());
    await page.getByRole('button', { name: 'Check the key' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByText('Check your recovery key').count()).resolves.toBe(0);
    await expectAccessible('03-dashboard-empty');
  });

  it('creates a group, with inline messages for what is missing', async () => {
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await expectAccessible('04-groups-empty');
    await page
      .getByRole('link', { name: 'New group' })
      .or(page.getByRole('button', { name: 'New group' }))
      .first()
      .click();
    await page.getByRole('button', { name: 'Save group' }).click();
    await expect(page.getByText('This field is required.').first().isVisible()).resolves.toBe(true);
    await expectAccessible('05-group-form-errors');

    await page.getByLabel('Name', { exact: true }).fill(GROUP_NAME);
    await chooseOption(page, 'Focus', 'Grief');
    await chooseOption(page, 'Format', 'Online');
    await page
      .getByLabel('Online link', { exact: true })
      .fill('https://meet.example.org/bereavement');
    const meetsOn = page.getByRole('group', { name: 'Meets on' });
    for (const day of ['Monday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await meetsOn.getByLabel(day).uncheck();
    }
    await meetsOn.getByLabel('Tuesday').check();
    await fillDateTimeField(page, 'Start time', '18:30');
    await fillDateTimeField(page, 'Start date', '2026-12-01');
    await page.getByRole('button', { name: 'Save group' }).click();
    await page.getByRole('heading', { level: 1, name: GROUP_NAME }).waitFor();
    await page.getByText('Every Tuesday at 18:30 (90 min)').waitFor();
    await expectAccessible('06-group-detail');
  });

  it('edits the group', async () => {
    await page
      .getByRole('link', { name: 'Edit' })
      .or(page.getByRole('button', { name: 'Edit' }))
      .first()
      .click();
    await page.getByLabel('Name', { exact: true }).fill(`${GROUP_NAME} (evenings)`);
    await expectAccessible('07-group-edit');
    await page.getByRole('button', { name: 'Save group' }).click();
    await page.getByRole('heading', { level: 1, name: `${GROUP_NAME} (evenings)` }).waitFor();
  });

  it('finds the group by searching, and says so when nothing matches', async () => {
    await page.getByRole('link', { name: 'Groups' }).first().click();
    const search = page.getByLabel('Search groups');
    await search.fill('bereavement');
    await page.getByRole('link', { name: `${GROUP_NAME} (evenings)` }).waitFor();
    await expectAccessible('08-groups-list');
    await search.fill('no such group at all');
    await page
      .getByRole('link', { name: `${GROUP_NAME} (evenings)` })
      .waitFor({ state: 'detached' });
    await screenshot(page, '09-groups-no-match');
  });

  it('locks, refuses a wrong password with a clear message, and unlocks with the right one', async () => {
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
    await expect(page.getByText(GROUP_NAME).count()).resolves.toBe(0);
    await expectAccessible('10-lock-screen');

    await page.getByLabel('Password', { exact: true }).fill('not-my-password');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('That username or password is not right.').waitFor();
    await screenshot(page, '11-lock-wrong-password');

    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('link', { name: `${GROUP_NAME} (evenings)` }).waitFor();
  });

  it('signs out, and sets a new password with the recovery key when the old one is forgotten', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Forgot your password? Use the recovery key' }).click();
    await page.getByLabel('Recovery key').fill('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA');
    await page.getByLabel('Administrator username').fill('manager');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password and sign in' }).click();
    await page.getByText('That recovery key does not open this data.', { exact: false }).waitFor();
    await expectAccessible('12-recover-wrong-key');

    // Typed as people copy from paper: lower case, spaces instead of dashes.
    await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Set new password and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });
});

/** Picks an option from a labelled select, whether native or a react-aria Select. */
async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  const tag = await field.first().evaluate((element) => element.tagName.toLowerCase());
  if (tag === 'select') {
    await field.first().selectOption({ label: option });
    return;
  }
  await field.first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
