import type { Page } from 'playwright-core';
import { settledCount, screenshot, useAppSession, VIEWPORT } from './support/app';
import { createCentre, signInToDemo } from './support/demo-centre';
import { activeCleared, asDemoAdmin, monthsAgo } from './support/volunteers';

// 58 ready volunteers and 4 who are not: more than one page of 50, and a readiness filter with
// something to find.
const READY_COUNT = 58;
const NOT_READY = ['Bruno Silva', 'Erin Eastwood', 'Nadia Novak', 'Omar Quint'];
const TOTAL = READY_COUNT + NOT_READY.length;

async function prepareVolunteers(dataDir: string) {
  await createCentre(dataDir);
  await asDemoAdmin(dataDir, async (call) => {
    const safeguarding = await call('createTraining', {
      name: 'Safeguarding',
      validityMonths: 24,
      isRequiredForCo: true,
    });
    await call('createTraining', { name: 'Leading a group', isRequiredForLead: true });
    for (let n = 1; n <= READY_COUNT; n += 1) {
      const volunteer = await call(
        'createVolunteer',
        activeCleared('Rey', `Ready ${String(n).padStart(2, '0')}`),
      );
      await call('recordTrainingCompletion', {
        volunteerId: volunteer.id,
        trainingId: safeguarding.id,
        completedOn: monthsAgo(2),
      });
    }
    for (const name of NOT_READY) {
      const [firstName = '', lastName = ''] = name.split(' ');
      // Cleared and active, but without Safeguarding: not ready until it is recorded.
      await call('createVolunteer', {
        ...activeCleared(firstName, lastName),
        pronouns: 'they/them',
        email: `${firstName.toLowerCase()}@example.org`,
        languages: ['en', 'pt'],
        skills: ['Listening', 'Spanish interpreting'],
        availability: [
          { day: 4, from: '18:00', to: '20:30' },
          { day: 2, from: '17:00', to: '21:00' },
        ],
        emergencyContactName: 'Maria Silva',
        emergencyContactPhone: '01632 960 111',
        emergencyContactRelationship: 'Sister',
        notes: 'Prefers evening groups.',
      });
    }
  });
}

const rows = (page: Page) => page.locator('table.volunteers-table tbody tr');
const range = (page: Page) => page.locator('.pager__range');

async function zoomTo(page: Page, factor: 1 | 2) {
  await page.setViewportSize({
    width: Math.round(VIEWPORT.width / factor),
    height: Math.round(VIEWPORT.height / factor),
  });
}

/** The screen at 1366×768 and at 200 % zoom (683×384 CSS px), for people to look at. */
async function shootBothSizes(page: Page, name: string) {
  await screenshot(page, `volunteers-${name}-100`);
  await zoomTo(page, 2);
  await screenshot(page, `volunteers-${name}-200`);
  await zoomTo(page, 1);
}

async function confirmIn(page: Page, dialogTitle: string | RegExp, button: string) {
  const dialog = page.getByRole('alertdialog', { name: dialogTitle });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('volunteers', () => {
  const session = useAppSession(prepareVolunteers);
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await signInToDemo(page, session.app.url);
  });

  it('lists volunteers 50 to a page, with the page kept in the address for Back', async () => {
    await page.getByRole('link', { name: 'Volunteers' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor();
    expect(await settledCount(rows(page), 50)).toBe(50);
    await expect(range(page).textContent()).resolves.toContain(`Showing 1–50 of ${TOTAL}`);
    await session.expectAccessible('volunteers-list');
    await screenshot(page, 'volunteers-list-full', true);
    await shootBothSizes(page, 'list');

    await page.getByRole('button', { name: 'Next page' }).click();
    await range(page).getByText(`Showing 51–${TOTAL} of ${TOTAL}`).waitFor();
    expect(await settledCount(rows(page), TOTAL - 50)).toBe(TOTAL - 50);
    expect(page.url()).toContain('page=2');
    await page.goBack();
    await range(page).getByText(`Showing 1–50 of ${TOTAL}`).waitFor();
  });

  it('filters by readiness and sorts by a column header', async () => {
    await page.getByLabel('Readiness').selectOption({ label: 'Not ready' });
    expect(await settledCount(rows(page), NOT_READY.length)).toBe(NOT_READY.length);
    expect(page.url()).toContain('readiness=not_ready');
    await expect(rows(page).getByText('Not ready', { exact: true }).count()).resolves.toBe(
      NOT_READY.length,
    );

    const nameHeader = page.getByRole('columnheader', { name: /Name/ });
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await nameHeader.getByRole('button').click();
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    // Sorted by last name: Silva comes first going down.
    await rows(page).first().getByRole('link', { name: 'Bruno Silva' }).waitFor();

    await page.getByLabel('Search by name, phone or email').fill('zzz nobody');
    await page.getByRole('heading', { name: 'No volunteers match' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await settledCount(rows(page), 50)).toBe(50);
    await expect(page.getByLabel('Search by name, phone or email').inputValue()).resolves.toBe('');
  });

  it('shows a volunteer in words and records a training that makes them ready', async () => {
    await page.getByLabel('Search by name, phone or email').fill('bruno');
    expect(await settledCount(rows(page), 1)).toBe(1);
    await page.getByRole('link', { name: 'Bruno Silva' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bruno Silva' }).waitFor();
    await page.getByText('Tuesday 17:00–21:00').waitFor();
    await page.getByText('Thursday 18:00–20:30').waitFor();
    await page.getByText('Safeguarding: not completed.').first().waitFor();
    await page.getByText('Leading a group: not completed.').waitFor();
    await session.expectAccessible('volunteer-detail-not-ready');
    await shootBothSizes(page, 'detail-not-ready');

    await page.getByRole('button', { name: 'Record training' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a training for Bruno Silva' });
    await dialog.getByLabel('Training').selectOption({ label: 'Safeguarding' });
    await dialog.getByRole('button', { name: 'Save training' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Safeguarding/ }).waitFor();
    await page.getByText('Safeguarding: not completed.').waitFor({ state: 'detached' });
    await session.expectAccessible('volunteer-detail-ready');
    await screenshot(page, 'volunteers-detail-ready-full', true);
    await shootBothSizes(page, 'detail-ready');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor();
    await expect(page.getByLabel('Search by name, phone or email').inputValue()).resolves.toBe(
      'bruno',
    );
  });

  it('deactivates and reactivates a volunteer, asking first', async () => {
    await page.getByRole('link', { name: 'Bruno Silva' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bruno Silva' }).waitFor();
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await confirmIn(page, 'Deactivate Bruno Silva?', 'Deactivate');
    await page.getByRole('button', { name: 'Reactivate' }).waitFor();
    await page.getByText('Not an active volunteer.').first().waitFor();
    await page.getByRole('button', { name: 'Reactivate' }).click();
    await confirmIn(page, 'Reactivate Bruno Silva?', 'Reactivate');
    await page.getByRole('button', { name: 'Deactivate' }).waitFor();
  });

  it('erases a volunteer only once the admin has typed their name', async () => {
    await page.getByRole('link', { name: 'Back to volunteers' }).click();
    await page.getByLabel('Search by name, phone or email').fill('Erin');
    await page.getByRole('link', { name: 'Erin Eastwood' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erin Eastwood' }).waitFor();
    await page.getByRole('button', { name: 'Erase personal data…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Erase Erin Eastwood’s personal data?' });
    const erase = dialog.getByRole('button', { name: 'Erase personal data', exact: true });
    await expect(erase.isDisabled()).resolves.toBe(true);
    const nameBox = dialog.getByLabel(/To confirm, type their name/);
    await nameBox.fill('Erin');
    await expect(erase.isDisabled()).resolves.toBe(true);
    await nameBox.fill('erin eastwood');
    await expect(erase.isDisabled()).resolves.toBe(false);
    await session.expectAccessible('volunteer-erase-dialog');
    await shootBothSizes(page, 'erase-dialog');

    await erase.click();
    await page.getByRole('heading', { level: 1, name: 'Erased volunteer' }).waitFor();
    await page.getByText(/Personal data erased on/).waitFor();
    await expect(page.getByText('Erin').count()).resolves.toBe(0);
    await expect(
      page.getByRole('button', { name: /Deactivate|Reactivate|Erase/ }).count(),
    ).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
    await session.expectAccessible('volunteer-erased');
    await shootBothSizes(page, 'detail-erased');

    await page.getByRole('link', { name: 'Back to volunteers' }).click();
    await range(page)
      .getByText(`Showing 1–50 of ${TOTAL - 1}`)
      .waitFor();
  });
});
