import type { Page } from 'playwright-core';
import { withRawVaultDatabase } from '../support/raw-database';
import { fillDateTimeField, screenshot, useAppSession } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre, signInToDemo } from './support/demo-centre';

// A closure over one session of a group: the session shows it cancelled with the reason, and
// is scheduled again once the closure is removed. Then one session cancelled, restored and moved by hand.

interface TargetSession {
  id: number;
  localDate: string;
  locationName: string;
}

let target: TargetSession;

/** The demo centre, and one of its future in-person sessions to close the centre over. */
async function prepare(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  target = await withRawVaultDatabase(
    dataDir,
    { username: DEMO_ADMIN, password: DEMO_PASSWORD },
    (db) =>
      db
        .prepare(
          `SELECT s.id, s.local_date AS localDate, l.name AS locationName
           FROM group_session AS s JOIN location AS l ON l.id = s.location_id
           WHERE s.status = 'scheduled' AND s.local_date > date('now', '+7 days')
           ORDER BY s.starts_at, s.id LIMIT 1`,
        )
        .get() as TargetSession,
  );
}

describe('closures', () => {
  const session = useAppSession(prepare);
  const origin = () => new URL(session.app.url).origin;
  const sessionPage = async (page: Page) => {
    await page.goto(`${origin()}/#/sessions/${target.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  };

  beforeAll(async () => {
    await signInToDemo(session.page, session.app.url);
  });

  it('cancels a session inside a closure with its reason, and restores it when removed', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Closures' }).click();
    // The demo centre has closures of its own (bank holidays, a burst pipe): a list, not empty.
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    await session.expectAccessible('closures-demo');

    await page.getByRole('button', { name: 'Add closure' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a closure' });
    await fillDateTimeField(page, 'First day closed', target.localDate);
    await fillDateTimeField(page, 'Last day closed', target.localDate);
    await dialog.getByText('One location').click();
    await dialog
      .getByLabel('Location', { exact: true })
      .selectOption({ label: target.locationName });
    await dialog.getByLabel(/^Reason/).fill('Boiler repair');
    await dialog.getByText(/This cancels [1-9]\d* sessions?\./).waitFor();
    await session.expectAccessible('closures-add');
    await dialog.getByRole('button', { name: 'Add closure' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /Boiler repair/ });
    await row.waitFor();
    expect(await row.getByText(target.locationName).count()).toBe(1);
    await session.expectAccessible('closures-list');

    await sessionPage(page);
    await page.getByText('Boiler repair').first().waitFor();
    await page.getByText('Cancelled', { exact: true }).waitFor();
    await page.getByText(/Cancelled by the closure “Boiler repair”/).waitFor();
    expect(await page.getByRole('button', { name: 'Restore session' }).count()).toBe(0);
    await session.expectAccessible('session-closed');

    await page.getByRole('link', { name: 'See closures' }).click();
    await page.getByRole('button', { name: 'Remove the closure “Boiler repair”' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText(/come(s)? back on the calendar/).waitFor();
    await screenshot(page, 'closures-remove');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await page.getByText(/Closure removed: [1-9]\d* sessions? (is|are) back/).waitFor();
    await page.getByRole('row', { name: /Boiler repair/ }).waitFor({ state: 'detached' });

    await sessionPage(page);
    await page.getByText('Scheduled', { exact: true }).waitFor();
    expect(await page.getByText('Boiler repair').count()).toBe(0);
  });

  it('cancels one session by hand with a reason, restores it, and moves it', async () => {
    const { page } = session;
    await sessionPage(page);
    await page.getByRole('button', { name: 'Cancel session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await dialog.getByText('This field is required.').waitFor();
    await dialog.getByLabel(/^Reason/).fill('Facilitator unwell');
    await session.expectAccessible('session-cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Facilitator unwell').waitFor();
    await page.getByRole('button', { name: 'Restore session' }).click();
    await page.getByText('Scheduled', { exact: true }).waitFor();
    await session.expectAccessible('session-actions');

    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const move = page.getByRole('dialog', { name: 'Move this session' });
    await move.getByLabel('Length in minutes').fill('60');
    await move.getByLabel('Room').fill('Room 4');
    await session.expectAccessible('session-move-dialog');
    await move.getByRole('button', { name: 'Move the session' }).click();
    await move.waitFor({ state: 'detached' });
    await page.getByText('60 minutes').waitFor();
    await page.getByText(`${target.locationName} · Room 4`).waitFor();
  });
});
