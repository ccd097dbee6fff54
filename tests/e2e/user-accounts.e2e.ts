import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, useAppSession } from './support/app';
import { fullVolunteer } from '../support/sample-inputs';
import { createTestCore } from '../support/temp-core';
import { DEMO_ADMIN, DEMO_PASSWORD, createCentre, signInToDemo } from './support/demo-centre';

// The centre manager gives colleagues their own accounts, resets a forgotten password and
// disables the account of someone who left; everyone changes their own password in Settings.
const CORA = { username: 'cora', name: 'Cora Castillo', password: 'willow-brook-41' };
const FYNN = { username: 'fynn', name: 'Fynn Okafor', password: 'amber-field-27' };
const CORA_RESET = 'copper-kettle-63';
const CORA_OWN = 'silver-birch-85';
const FYNN_BACK = 'northern-gate-19';
const FYNN_OWN = 'harbour-mist-52';

/** A volunteer for the facilitator account to stand for (the core, before the app starts). */
async function addVolunteer(dataDir: string) {
  const centre = createTestCore(dataDir);
  try {
    await centre.call('logIn', { username: DEMO_ADMIN, password: DEMO_PASSWORD });
    await centre.call('createVolunteer', fullVolunteer());
  } finally {
    await centre.core.close();
  }
}

describe('user accounts', () => {
  const session = useAppSession(async (dataDir) => {
    await createCentre(dataDir);
    await addVolunteer(dataDir);
  });
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  /** The same screen as 200 % zoom lays it out: half the CSS pixels across. A dialog scrolls
   * inside the window, so only a page is taken whole. */
  async function zoomedScreenshot(name: string, fullPage = true) {
    await page.setViewportSize({ width: 683, height: 384 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-200.png`), fullPage });
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  const dialog = (name: string) => page.getByRole('dialog', { name });
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });

  async function signIn(username: string, password: string) {
    await page.goto(session.app.url);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function signOut() {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
  }

  async function createAccount(person: typeof CORA, role: string) {
    await page.getByRole('button', { name: 'New account' }).first().click();
    const form = dialog('New account');
    await form.getByLabel('Username').fill(person.username);
    await form.getByLabel('Name shown in Circlekeeper').fill(person.name);
    await form.getByRole('radio', { name: role }).check();
    await form.getByLabel('Password', { exact: true }).fill(person.password);
    await form.getByLabel('Confirm password').fill(person.password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await form.waitFor({ state: 'detached' });
    await row(person.name).waitFor();
  }

  async function changeOwnPassword(current: string, next: string) {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Current password').fill(current);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('Confirm new password').fill(next);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed.').waitFor();
  }

  it('shows an admin who is alone what to do next', async () => {
    await signInToDemo(page, session.app.url);
    await page.getByRole('link', { name: 'User accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'User accounts' }).waitFor();
    await page.getByRole('heading', { name: 'Only you have an account' }).waitFor();
    await expect(row(DEMO_ADMIN).innerText()).resolves.toContain('Administrator');
    await session.expectAccessible('60-users-only-you');
    await zoomedScreenshot('60-users-only-you');
  });

  it('checks the new account form inline, with the password rules', async () => {
    await page.getByRole('button', { name: 'New account' }).first().click();
    const form = dialog('New account');
    await form.getByLabel('Username').fill('Cora Castillo');
    await form.getByLabel('Password', { exact: true }).fill('cora');
    await form.getByRole('button', { name: 'Create account' }).click();
    await form.getByText('This password does not meet the rules below.').waitFor();
    await form.getByText('The two passwords are not the same.').waitFor();
    await session.expectAccessible('61-users-new-account-errors');
    await zoomedScreenshot('61-users-new-account-errors', false);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('alertdialog', { name: 'Leave without saving?' })
      .getByText('Leave', { exact: true })
      .click();
    await form.waitFor({ state: 'detached' });
  });

  it('creates a coordinator and a facilitator', async () => {
    await createAccount(CORA, 'Coordinator');
    await createAccount(FYNN, 'Facilitator');
    await expect(row(CORA.name).innerText()).resolves.toContain('Coordinator');
    await expect(row(FYNN.name).innerText()).resolves.toContain('Facilitator');
    await expect(
      page.getByRole('heading', { name: 'Only you have an account' }).count(),
    ).resolves.toBe(0);
    await session.expectAccessible('62-users-list');
    await zoomedScreenshot('62-users-list');
  });

  it('links the facilitator to the volunteer he is', async () => {
    await row(FYNN.name)
      .getByRole('button', { name: `Edit ${FYNN.name}` })
      .click();
    const form = dialog(`Edit ${FYNN.name}`);
    await form.getByLabel('Find a volunteer by name').fill('mara');
    const choice = form.getByLabel('Volunteer', { exact: true });
    await choice.locator('option', { hasText: 'Mara Okafor' }).waitFor({ state: 'attached' });
    await choice.selectOption({ label: 'Mara Okafor' });
    await session.expectAccessible('62b-users-edit-link-volunteer');
    await zoomedScreenshot('62b-users-edit-link-volunteer', false);
    await form.getByRole('button', { name: 'Save account' }).click();
    await form.waitFor({ state: 'detached' });
    await row(FYNN.name).getByText('Mara Okafor').waitFor();
  });

  it('resets a forgotten password', async () => {
    await row(CORA.name)
      .getByRole('button', { name: `Reset password for ${CORA.name}` })
      .click();
    const form = dialog(`Reset the password of ${CORA.name}`);
    await form.getByLabel('New password', { exact: true }).fill(CORA_RESET);
    await form.getByLabel('Confirm new password').fill(CORA_RESET);
    await session.expectAccessible('63-users-reset-password');
    await form.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText(`The password of ${CORA.name} has been changed.`).waitFor();
  });

  it('disables an account after saying what that does', async () => {
    await row(FYNN.name)
      .getByRole('button', { name: `Disable ${FYNN.name}` })
      .click();
    const question = page.getByRole('alertdialog', { name: `Disable ${FYNN.name}?` });
    await question.getByText('will not be able to sign in', { exact: false }).waitFor();
    await session.expectAccessible('64-users-disable-question');
    await zoomedScreenshot('64-users-disable-question', false);
    await question.getByRole('button', { name: 'Disable' }).click();
    await question.waitFor({ state: 'detached' });
    await row(FYNN.name).getByText('Disabled', { exact: true }).waitFor();
    await signOut();
  });

  it('refuses the disabled account at sign-in, saying why', async () => {
    await signIn(FYNN.username, FYNN.password);
    await page.getByText('This account has been disabled. Ask an administrator.').waitFor();
  });

  it('lets the coordinator in only with the reset password, and she changes her own', async () => {
    await signIn(CORA.username, CORA.password);
    await page.getByText('That username or password is not right.').waitFor();
    await signIn(CORA.username, CORA_RESET);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect(page.getByRole('link', { name: 'User accounts' }).count()).resolves.toBe(0);
    await changeOwnPassword(CORA_RESET, CORA_OWN);
    await session.expectAccessible('65-settings-own-password-changed');
    await zoomedScreenshot('65-settings-own-password-changed');
    await signOut();
    await signIn(CORA.username, CORA_OWN);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await signOut();
  });

  it('enables the facilitator again with a new password, and he changes his own', async () => {
    await signIn(DEMO_ADMIN, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'User accounts' }).click();
    await row(FYNN.name)
      .getByRole('button', { name: `Enable ${FYNN.name}` })
      .click();
    const form = dialog(`Enable ${FYNN.name}`);
    await form.getByLabel('New password', { exact: true }).fill(FYNN_BACK);
    await form.getByLabel('Confirm new password').fill(FYNN_BACK);
    await session.expectAccessible('66-users-enable');
    await form.getByRole('button', { name: 'Enable account' }).click();
    await row(FYNN.name).getByText('Active', { exact: true }).waitFor();
    await signOut();
    await signIn(FYNN.username, FYNN_BACK);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await changeOwnPassword(FYNN_BACK, FYNN_OWN);
    await signOut();
    await signIn(FYNN.username, FYNN_OWN);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });
});
