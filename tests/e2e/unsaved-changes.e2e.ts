import type { Page } from 'playwright-core';
import { screenshot, useAppSession } from './support/app';
import { DEMO_PASSWORD, prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { focusStopsUnderSaveBar } from './support/focus';

// A coordinator half-way through a form: leaving asks first, a save says so, an auto-lock keeps
// the input for them (in memory only), and signing out forgets it.
const TYPED_NAME = 'Carers drop-in (draft)';

describe('a form with unsaved changes', () => {
  const session = useAppSession(prepareDemoCentre);
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    // The idle lock compares the clock: a fake one lets the test skip the minutes.
    await page.clock.install();
    await signInToDemo(page, session.app.url);
  });

  const openNewGroup = async () => {
    await page.goto(`${new URL(session.app.url).origin}/#/groups/new`);
    await page.getByRole('heading', { level: 1, name: 'New group' }).waitFor();
  };

  it('says "Saved." after a save, and the auto-lock is set to one minute', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Lock after this many minutes without use').fill('1');
    await page.getByRole('button', { name: 'Save automatic lock' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await session.expectAccessible('40-settings-saved');
  });

  it('shows no "required" error while the form is being filled in', async () => {
    await openNewGroup();
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('C');
    await name.fill('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByText('This field is required.').count()).resolves.toBe(0);
  });

  it('asks before a sidebar link leaves the form, and Keep editing stays', async () => {
    await page.getByLabel('Name', { exact: true }).fill(TYPED_NAME);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const question = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await question.getByText('Your changes to this group will be lost.').waitFor();
    await session.expectAccessible('41-leave-without-saving');
    await question.getByRole('button', { name: 'Keep editing' }).click();
    await question.waitFor({ state: 'detached' });
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(TYPED_NAME);
  });

  it('asks on Cancel too, and Leave goes', async () => {
    await page.getByRole('button', { name: 'Cancel' }).click();
    const question = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await question.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
  });

  it('keeps the typed input across an auto-lock for the same person', async () => {
    await openNewGroup();
    await page.getByLabel('Name', { exact: true }).fill(TYPED_NAME);
    await page.clock.fastForward('01:10');
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
    await expect(page.getByText(TYPED_NAME).count()).resolves.toBe(0);
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain('Carers');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('Your unsaved changes were kept.').waitFor();
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(TYPED_NAME);
    await screenshot(page, '42-draft-kept-after-lock');
  });

  it('forgets the typed input on sign-out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signInToDemo(page, session.app.url);
    await openNewGroup();
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByText('Your unsaved changes were kept.').count()).resolves.toBe(0);
  });
});

describe('the group form at 1366×768, from the keyboard', () => {
  const session = useAppSession(prepareDemoCentre);

  it('never hides the focused field under the sticky save bar', async () => {
    const { page } = session;
    await signInToDemo(page, session.app.url);
    await page.goto(`${new URL(session.app.url).origin}/#/groups/new`);
    await expect(focusStopsUnderSaveBar(page, 'Name')).resolves.toEqual([]);
  });
});
