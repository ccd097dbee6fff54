import path from 'node:path';
import type { Page } from 'playwright-core';
import { fillDateTimeField, useAppSession, ZOOM_200 } from './support/app';
import { prepareDemoCentre, signInToDemo } from './support/demo-centre';

// Editing a demo group's start time: the form says beforehand what happens to its future
// sessions, and after saving, a future session's page shows the new time.

const SHOTS = '/work/shots/schedules';
/** The demo's first group made its sessions first: session 2 is at least a week ahead. */
const FUTURE_SESSION = 2;

/** 19:15 as the demo's region writes it (a 12- or 24-hour clock). */
const SHOWN_NEW_TIME = /(19:15|7:15\s?PM)/i;

async function openSessionEditForm(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/#/sessions/${FUTURE_SESSION}`);
  const back = page.getByRole('link', { name: /Back to/ });
  await back.waitFor();
  await back.click();
  await page
    .getByRole('button', { name: 'Edit' })
    .or(page.getByRole('link', { name: 'Edit' }))
    .click();
  await page.getByRole('group', { name: 'Start time', exact: true }).waitFor();
}

describe('changing a group’s schedule', () => {
  const session = useAppSession(prepareDemoCentre);

  it('says what will happen to future sessions, then moves them when saved', async () => {
    const { page, app } = session;
    const origin = new URL(app.url).origin;
    await signInToDemo(page, app.url);
    await openSessionEditForm(page, origin);
    await fillDateTimeField(page, 'Start time', '19:15');

    const sentence = page.getByRole('status').filter({ hasText: 'Before you save:' });
    await sentence
      .getByText(new RegExp(`future sessions move from .+ to ${SHOWN_NEW_TIME.source}`, 'i'))
      .waitFor();
    await sentence.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'group-form-schedule-change.png') });
    await session.expectAccessible('group-form-schedule-change');

    await page.getByRole('button', { name: 'Save group' }).click();
    await page
      .getByRole('button', { name: 'Edit' })
      .or(page.getByRole('link', { name: 'Edit' }))
      .waitFor();
    await page.goto(`${origin}/#/sessions/${FUTURE_SESSION}`);
    await page.getByRole('link', { name: /Back to/ }).waitFor();
    await page.locator('main').getByText(SHOWN_NEW_TIME).first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'session-page-after-change.png') });

    // At 200 % zoom (after the save: a new sign-in ends the first page's session).
    const zoomed = await (
      await page
        .context()
        .browser()!
        .newContext({ ...ZOOM_200, locale: 'en-GB' })
    ).newPage();
    try {
      await signInToDemo(zoomed, app.url);
      await openSessionEditForm(zoomed, origin);
      await fillDateTimeField(zoomed, 'Start time', '18:45');
      const zoomedSentence = zoomed.getByRole('status').filter({ hasText: 'Before you save:' });
      await zoomedSentence.waitFor();
      await zoomedSentence.scrollIntoViewIfNeeded();
      await zoomed.screenshot({ path: path.join(SHOTS, 'group-form-schedule-change-200.png') });
    } finally {
      await zoomed.context().close();
    }
  });
});
