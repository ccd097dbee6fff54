import type { Page } from 'playwright-core';
import { addDays } from '../../shared/domain/civil-dates';
import { prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { screenshot, useAppSession } from './support/app';
import { activeCleared, asDemoAdmin, monthsAgo, today } from './support/volunteers';

// Cover on the session page: a session whose group has no lead shows the gap; choosing a ready
// lead in the change dialog fixes it.

let sessionId = 0;

/** A new group meeting every day (so it has a session tomorrow, with no lead) and Rosa, ready to lead. */
async function prepare(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  await asDemoAdmin(dataDir, async (call) => {
    const group = await call('createGroup', {
      name: 'Evening Cover Circle',
      focus: 'grief',
      format: 'online',
      onlineLink: 'https://meet.example.org/cover',
      schedule: { rrule: 'FREQ=DAILY', startTime: '19:00', durationMinutes: 90 },
      startDate: today(),
    });
    const rosa = await call('createVolunteer', activeCleared('Rosa', 'Lindqvist'));
    for (const training of await call('listTrainings', {})) {
      if (training.isRetired || !(training.isRequiredForLead || training.isRequiredForCo)) continue;
      await call('recordTrainingCompletion', {
        volunteerId: rosa.id,
        trainingId: training.id,
        completedOn: monthsAgo(1),
      });
    }
    const tomorrow = addDays(today(), 1);
    const [session] = await call('listSessions', {
      from: tomorrow,
      to: tomorrow,
      groupId: group.id,
    });
    sessionId = session!.id;
  });
}

describe('cover on the session page', () => {
  const session = useAppSession(prepare);
  const sessionAddress = () => `${new URL(session.app.url).origin}/#/sessions/${sessionId}`;
  const cover = (page: Page) => page.getByRole('region', { name: 'Who facilitates' });

  it('shows a session with no lead as a gap, and fixes it by choosing a ready lead', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    await page.goto(sessionAddress());
    await cover(page).getByText('No lead facilitator for this session.').waitFor();
    await session.expectAccessible('session-cover-gap');

    await cover(page).getByRole('button', { name: 'Choose a lead' }).click();
    const dialog = page.getByRole('dialog', { name: 'Facilitators of this session' });
    await dialog.getByRole('combobox', { name: 'Volunteer' }).fill('Rosa');
    await page.getByRole('option', { name: 'Rosa Lindqvist' }).click();
    expect(await dialog.getByRole('radio', { name: 'Lead' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Add to this session' }).click();
    await dialog.getByText('Ready', { exact: true }).waitFor();
    await session.expectAccessible('session-cover-dialog');

    await dialog.getByRole('button', { name: 'Save facilitators' }).click();
    await dialog.waitFor({ state: 'detached' });
    await cover(page).getByRole('rowheader', { name: 'Rosa Lindqvist' }).waitFor();
    await cover(page).getByText('No gaps or conflicts: this session is covered.').waitFor();
    expect(await cover(page).getByText('No lead facilitator for this session.').count()).toBe(0);
    await session.expectAccessible('session-cover-fixed');
  });

  it('goes back to the group’s facilitators from the keyboard', async () => {
    const { page } = session;
    const reset = cover(page).getByRole('button', { name: 'Use the group’s facilitators' });
    await reset.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', {
      name: 'Use the group’s facilitators for this session?',
    });
    await confirm.getByRole('button', { name: 'Use the group’s facilitators' }).click();
    await cover(page).getByText('No lead facilitator for this session.').waitFor();
  });

  it('fits the section and the dialog at 200 % zoom', async () => {
    const zoomed = await session.page
      .context()
      .browser()!
      .newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    const small = await zoomed.newPage();
    try {
      await signInToDemo(small, session.app.url);
      await small.goto(sessionAddress());
      await cover(small).getByText('No lead facilitator for this session.').waitFor();
      await cover(small).scrollIntoViewIfNeeded();
      await screenshot(small, 'zoom200-session-cover');
      await cover(small).getByRole('button', { name: 'Choose a lead' }).click();
      await small.getByRole('combobox', { name: 'Volunteer' }).waitFor();
      await screenshot(small, 'zoom200-session-cover-dialog');
    } finally {
      await zoomed.close();
    }
  });
});
