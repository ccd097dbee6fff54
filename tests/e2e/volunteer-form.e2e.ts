import type { Page } from 'playwright-core';
import { fillDateTimeField, screenshot, useAppSession, ZOOM_200 } from './support/app';
import { createCentre, signInToDemo, openSignedInAsDemo } from './support/demo-centre';

// A coordinator sets up the training catalogue, then takes a new volunteer's details down,
// gets told in words what to fix, saves, and edits the record again.
describe('the training catalogue and the volunteer form', () => {
  const session = useAppSession(async (dataDir) => {
    await createCentre(dataDir);
  });
  let page: Page;
  let volunteerPath = '';
  const origin = () => new URL(session.app.url).origin;

  beforeAll(async () => {
    page = session.page;
    await signInToDemo(page, session.app.url);
  });

  it('starts with an empty catalogue that says what to add', async () => {
    await page.getByRole('link', { name: 'Trainings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trainings' }).waitFor();
    await page
      .getByText('Add the trainings your facilitators need, such as Safeguarding')
      .waitFor();
    await session.expectAccessible('vf-01-trainings-empty');
  });

  it('adds trainings in a dialog, with their validity in words', async () => {
    await page.getByRole('button', { name: 'New training' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New training' });
    await dialog.getByLabel('Name', { exact: true }).fill('Safeguarding');
    await dialog.getByLabel('Valid for (months)').fill('12');
    await dialog.getByText('Required for lead facilitators').click();
    await session.expectAccessible('vf-02-training-dialog');
    await dialog.getByRole('button', { name: 'Save training' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'New training' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill('First aid');
    await dialog.getByRole('button', { name: 'Save training' }).click();
    await dialog.waitFor({ state: 'detached' });
    const safeguarding = page.getByRole('row', { name: /Safeguarding/ });
    await safeguarding.getByText('12 months').waitFor();
    await page
      .getByRole('row', { name: /First aid/ })
      .getByText('Never expires')
      .waitFor();
    await session.expectAccessible('vf-03-trainings');
  });

  it('retires a training after saying its completions are kept', async () => {
    await page.getByRole('button', { name: 'Retire Safeguarding' }).click();
    const question = page.getByRole('alertdialog', { name: 'Retire Safeguarding?' });
    await question.getByText('Completions already recorded (0) are kept').waitFor();
    await session.expectAccessible('vf-04-retire-training');
    await question.getByRole('button', { name: 'Retire' }).click();
    await question.waitFor({ state: 'detached' });
    await page
      .getByRole('row', { name: /Safeguarding/ })
      .getByText('Retired')
      .waitFor();
    await page.getByRole('button', { name: 'Restore Safeguarding' }).waitFor();
  });

  it('shows an empty volunteer form without errors', async () => {
    await page.goto(`${origin()}/#/volunteers/new`);
    await page.getByRole('heading', { level: 1, name: 'New volunteer' }).waitFor();
    await expect(page.getByText('This field is required.').count()).resolves.toBe(0);
    await session.expectAccessible('vf-05-volunteer-form-empty');
  });

  it('says in words what is wrong with the email, phone, expiry and a slot', async () => {
    await page.getByLabel('First name').fill('Amaia');
    await page.getByLabel('Email').fill('ami at example');
    await page.getByLabel('Phone', { exact: true }).fill('call me');
    await fillDateTimeField(page, 'Date of the check', '2025-02-10');
    await fillDateTimeField(page, 'Check expires on', '2025-01-01');
    await page.getByRole('button', { name: 'Add a time' }).click();
    await fillDateTimeField(page, 'To', '08:00');
    await page.getByRole('button', { name: 'Save volunteer' }).click();
    for (const message of [
      'Enter an email address like name@example.org.',
      'Use digits, spaces, +, -, ( and ) only.',
      'The expiry date must be on or after the check date.',
      'The end time must be after the start time.',
    ]) {
      await page.getByText(message, { exact: true }).waitFor();
    }
    await screenshot(page, 'vf-06-volunteer-form-errors-full', true);
    await session.expectAccessible('vf-06-volunteer-form-errors');
  });

  it('saves every field once they are fixed, and opens the volunteer', async () => {
    await page.getByLabel('Email').fill('ami@example.org');
    await page.getByLabel('Phone', { exact: true }).fill('+34 600 111 222');
    await fillDateTimeField(page, 'Check expires on', '2028-02-10');
    await fillDateTimeField(page, 'To', '12:00');
    await expect(
      page.getByText('The end time must be after the start time.', { exact: true }).count(),
    ).resolves.toBe(0);
    await page.getByLabel('Last name').fill('Etxeberria');
    await page.getByLabel('Preferred name').fill('Ami');
    await page.getByLabel('Pronouns').fill('she/her');
    await page.getByRole('combobox', { name: 'Languages spoken' }).fill('Spani');
    await page.getByRole('option', { name: 'Spanish', exact: true }).click();
    const skills = page.getByRole('textbox', { name: 'Skills' });
    await skills.fill('First aid');
    await skills.press('Enter');
    await skills.fill('Sign language');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByRole('radio', { name: /^Active/ }).check();
    await fillDateTimeField(page, 'Start date', '2025-03-01');
    await page.getByLabel('Contact name').fill('Jon');
    await page.getByLabel('Contact phone').fill('600 333 444');
    await page.getByLabel('Relationship').fill('partner');
    await page.getByLabel('Status of the check').selectOption('cleared');
    await page.getByRole('button', { name: 'Add a time' }).click();
    await page
      .getByRole('textbox', { name: 'Notes about the volunteer' })
      .fill('Prefers evening groups.');
    await screenshot(page, 'vf-07-volunteer-form-filled-full', true);
    await session.expectAccessible('vf-07-volunteer-form-filled');
    await page.getByRole('button', { name: 'Save volunteer' }).click();
    await page.waitForURL(/#\/volunteers\/\d+$/);
    volunteerPath = new URL(page.url()).hash.slice(1);
  });

  it('opens the saved volunteer for editing with every field as typed, and saves a change', async () => {
    await page.goto(`${origin()}/#${volunteerPath}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Edit Ami Etxeberria' }).waitFor();
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe('ami@example.org');
    await expect(page.getByLabel('Pronouns').inputValue()).resolves.toBe('she/her');
    await expect(page.getByLabel('Relationship').inputValue()).resolves.toBe('partner');
    await expect(page.getByLabel('Status of the check').inputValue()).resolves.toBe('cleared');
    await expect(
      page.getByRole('textbox', { name: 'Notes about the volunteer' }).inputValue(),
    ).resolves.toBe('Prefers evening groups.');
    const chosenSkills = page.getByRole('list', { name: 'Skills added' });
    await expect(chosenSkills.getByRole('listitem').allTextContents()).resolves.toEqual([
      'First aid ×',
      'Sign language ×',
    ]);
    await page.getByRole('button', { name: 'Remove Spanish' }).waitFor();
    await expect(page.getByRole('group', { name: /^Available time/ }).count()).resolves.toBe(2);
    await session.expectAccessible('vf-08-volunteer-form-edit');
    await page.getByLabel('Phone', { exact: true }).fill('+34 600 999 000');
    await page.getByRole('button', { name: 'Remove available time 2' }).click();
    await page.getByRole('button', { name: 'Save volunteer' }).click();
    await page.waitForURL(new RegExp(`#${volunteerPath}$`));
    await page.goto(`${origin()}/#${volunteerPath}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Edit Ami Etxeberria' }).waitFor();
    await expect(page.getByLabel('Phone', { exact: true }).inputValue()).resolves.toBe(
      '+34 600 999 000',
    );
    await expect(page.getByRole('group', { name: /^Available time/ }).count()).resolves.toBe(1);
  });

  it('reads well at 200 % zoom (683×384, 2×): the form and the catalogue', async () => {
    const zoomed = await (await page.context().browser()!.newContext(ZOOM_200)).newPage();
    await openSignedInAsDemo(zoomed, session.app.url);
    const sideways = () =>
      zoomed.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    await zoomed.goto(`${origin()}/#/volunteers/new`);
    await zoomed.getByRole('heading', { level: 1, name: 'New volunteer' }).waitFor();
    await zoomed.getByRole('button', { name: 'Add a time' }).click();
    await screenshot(zoomed, 'vf-20-zoom200-form-empty');
    await zoomed.getByLabel('Email').fill('not an email');
    await zoomed.getByRole('button', { name: 'Save volunteer' }).click();
    await zoomed.getByText('This field is required.').first().waitFor();
    await screenshot(zoomed, 'vf-21-zoom200-form-errors');
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);

    await zoomed.goto(`${origin()}/#${volunteerPath}/edit`);
    const leave = zoomed.getByRole('button', { name: 'Leave' });
    const editHeading = zoomed.getByRole('heading', { level: 1, name: 'Edit Ami Etxeberria' });
    await leave.or(editHeading).waitFor();
    if (await leave.isVisible()) await leave.click();
    await editHeading.waitFor();
    await zoomed.getByRole('group', { name: 'Available time 1' }).scrollIntoViewIfNeeded();
    await screenshot(zoomed, 'vf-22-zoom200-form-filled');
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);

    await zoomed.goto(`${origin()}/#/trainings`);
    await zoomed.getByRole('heading', { level: 1, name: 'Trainings' }).waitFor();
    await zoomed.getByRole('row', { name: /First aid/ }).waitFor();
    await screenshot(zoomed, 'vf-23-zoom200-trainings');
    await expect(sideways()).resolves.toBeLessThanOrEqual(0);
    await zoomed.getByRole('button', { name: 'Edit First aid' }).click();
    await zoomed.getByRole('dialog', { name: 'Edit First aid' }).waitFor();
    await screenshot(zoomed, 'vf-24-zoom200-training-dialog');
    await zoomed.context().close();
  });
});
