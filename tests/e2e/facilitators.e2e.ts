import type { Page } from 'playwright-core';
import { withRawVaultDatabase } from '../support/raw-database';
import { fullVolunteer } from '../support/sample-inputs';
import { sampleGroup } from '../support/temp-core';
import { screenshot, settledCount, useAppSession } from './support/app';
import { createCentre, DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support/demo-centre';
import { asDemoAdmin } from './support/volunteers';

// A coordinator gives a group its facilitators (and is told when someone is not ready); a
// facilitator account then sees only its own group, and typed addresses for staff screens
// show the "not allowed" page.

const CORA = { username: 'cora', password: 'meadow-lark-31' };
const FYNN = { username: 'fynn', password: 'harbour-kite-64' };
/** Screens a facilitator may not open. Add '#/volunteers', '#/users', '#/audit' with their routes. */
const FORBIDDEN_PATHS = ['#/volunteers', '#/trainings', '#/users', '#/audit', '#/groups/new'];
const isoDaysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The centre, its people and its groups, made through the API as the administrator. */
async function prepareCentre(dataDir: string): Promise<void> {
  await createCentre(dataDir);
  let fynnId = 0;
  await asDemoAdmin(dataDir, async (call) => {
    await call('createUser', { ...CORA, displayName: 'Cora Lane', role: 'coordinator' });
    await call('createUser', { ...FYNN, displayName: 'Fynn Holm', role: 'facilitator' });
    const own = await call('createGroup', sampleGroup({ name: 'Thursday Grief Circle' }));
    await call('createGroup', sampleGroup({ name: 'Carers Cafe' }));
    const training = await call('createTraining', {
      name: 'Safeguarding',
      validityMonths: 12,
      isRequiredForCo: true,
      isRequiredForLead: true,
    });
    const fynn = await call(
      'createVolunteer',
      fullVolunteer({
        firstName: 'Fynn',
        lastName: 'Holm',
        preferredName: '',
        phone: '07700 900777',
      }),
    );
    const jonas = await call(
      'createVolunteer',
      fullVolunteer({ firstName: 'Jonas', lastName: 'Berg', preferredName: '' }),
    );
    for (const [volunteerId, completedOn] of [
      [fynn.id, isoDaysAgo(20)],
      [jonas.id, '2024-03-01'],
    ] as const) {
      await call('recordTrainingCompletion', { volunteerId, trainingId: training.id, completedOn });
    }
    await call('assignFacilitator', { groupId: own.id, volunteerId: fynn.id, role: 'co' });
    fynnId = fynn.id;
  });
  // The users screen that links an account to a volunteer is built elsewhere: link it directly.
  await withRawVaultDatabase(dataDir, { username: DEMO_ADMIN, password: DEMO_PASSWORD }, (db) =>
    db
      .prepare('UPDATE app_user SET volunteer_id = ? WHERE username = ?')
      .run(fynnId, FYNN.username),
  );
}

describe('group facilitators and what a facilitator may see', () => {
  const session = useAppSession(prepareCentre);
  let page: Page;
  const origin = () => new URL(session.app.url).origin;

  beforeAll(async () => {
    page = session.page;
    await signIn(page, session.app.url, CORA);
  });

  it('shows the facilitators of a group with their readiness', async () => {
    await page.getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('link', { name: 'Thursday Grief Circle' }).click();
    const section = page.getByRole('region', { name: 'Facilitators' });
    await section.getByRole('rowheader', { name: 'Fynn Holm' }).waitFor();
    await section.getByText('Ready', { exact: true }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await session.expectAccessible('facilitators-section');
  });

  it('warns, in words, when the volunteer chosen is not ready, and adds them as co-facilitator', async () => {
    await page.getByRole('button', { name: 'Add facilitator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a facilitator' });
    await dialog.getByRole('combobox', { name: 'Volunteer' }).fill('Jonas');
    await page.getByRole('option', { name: 'Jonas Berg' }).click();
    await dialog.getByText('Jonas Berg is not ready for this role.', { exact: false }).waitFor();
    await dialog.getByText('Safeguarding expired on', { exact: false }).waitFor();
    await session.expectAccessible('facilitators-add-dialog-not-ready');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Jonas Berg was added, but is not ready for this role yet.').waitFor();
    await page.getByRole('rowheader', { name: 'Jonas Berg' }).waitFor();
  });

  it('makes someone not ready the lead only with a written reason', async () => {
    await page.getByRole('button', { name: 'Change role of Jonas Berg' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change role of Jonas Berg' });
    // The person's readiness loads after the dialog opens and grows it (the dialog re-centres), so
    // wait for it before choosing: a click aimed before the move would land beside the radio.
    await dialog.getByRole('region', { name: 'Readiness for this role' }).waitFor();
    await dialog.getByRole('radio', { name: 'Lead' }).check();
    await dialog.getByText('Jonas Berg is not ready to lead.', { exact: false }).waitFor();
    const reason = dialog.getByLabel('Reason for the override');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('This field is required.').waitFor();
    await session.expectAccessible('facilitators-lead-override');
    await reason.fill('Led this circle for three years; refresher booked.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByText('Lead despite not being ready: Led this circle for three years; refresher booked.')
      .waitFor();
  });

  it('lets a linked facilitator see only their own group, and co-facilitators by name and phone', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, session.app.url, FYNN);
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    // Dashboard, Calendar, Groups, Locations (to read), Incidents (those they reported), the
    // Print centre (their meetings' sheets) and Settings (for their own password).
    await expect(settledCount(nav.getByRole('link'), 7)).resolves.toBe(7);
    await nav.getByRole('link', { name: 'Print centre' }).waitFor();
    for (const hidden of [
      'Volunteers',
      'Trainings',
      'Backup',
      'Users',
      'Audit log',
      'Referral resources',
    ]) {
      await expect(nav.getByRole('link', { name: hidden }).count()).resolves.toBe(0);
    }
    await nav.getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('link', { name: 'Thursday Grief Circle' }).waitFor();
    await expect(page.getByRole('link', { name: 'Carers Cafe' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Thursday Grief Circle' }).click();
    const section = page.getByRole('region', { name: 'Facilitators' });
    await section.getByRole('rowheader', { name: 'Jonas Berg' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'facilitators-contacts');
    await expect(section.getByText('Ready', { exact: true }).count()).resolves.toBe(0);
    await expect(section.getByText('Lead despite', { exact: false }).count()).resolves.toBe(0);
  });

  it('shows the "not allowed" page for a staff screen typed by hand', async () => {
    for (const path of FORBIDDEN_PATHS) {
      await page.goto(`${origin()}/${path}`);
      await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
      await page.getByText('Your account is a Facilitator account.', { exact: false }).waitFor();
    }
    await session.expectAccessible('not-allowed');
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });

  it('fits the section, the dialog and the "not allowed" page at 200 % zoom', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    const zoomed = await page
      .context()
      .browser()!
      .newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    const small = await zoomed.newPage();
    try {
      await signIn(small, session.app.url, CORA);
      await small.goto(`${origin()}/#/groups`);
      await small.getByRole('link', { name: 'Thursday Grief Circle' }).click();
      const section = small.getByRole('region', { name: 'Facilitators' });
      await section.getByRole('rowheader', { name: 'Jonas Berg' }).waitFor();
      await section.scrollIntoViewIfNeeded();
      await screenshot(small, 'zoom200-facilitators-section');
      await small.getByRole('button', { name: 'Add facilitator' }).click();
      await small.getByRole('combobox', { name: 'Volunteer' }).waitFor();
      await screenshot(small, 'zoom200-facilitators-add-dialog');
      await small.keyboard.press('Escape');
      // At 200 % the sidebar folds behind its "Menu" button.
      await small.getByRole('button', { name: 'Menu' }).click();
      await small.getByRole('button', { name: 'Sign out' }).click();
      await signIn(small, session.app.url, FYNN);
      await small.goto(`${origin()}/#/volunteers`);
      await small.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
      await screenshot(small, 'zoom200-not-allowed');
    } finally {
      await zoomed.close();
    }
  });
});
