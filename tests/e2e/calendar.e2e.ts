import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { addDays, addMonths, todayIn } from '../../shared/domain/civil-dates';
import { zonedInstant } from '../../shared/domain/zoned-time';
import { withRawVaultDatabase } from '../support/raw-database';
import { fullVolunteer } from '../support/sample-inputs';
import {
  fillDateTimeField,
  SCREENSHOT_DIR,
  screenshot,
  useAppSession,
  VIEWPORT,
} from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, createCentre, signIn } from './support/demo-centre';
import { asDemoAdmin } from './support/volunteers';

// A group meeting on the 2nd and 4th Tuesday at 18:30, made with the group form, in the calendar's
// month, week and list views; the administrator's dashboard; and a facilitator's, which starts
// with "My next session".

const FYNN = { username: 'fynn', password: 'harbour-kite-64' };
const GROUP = 'Tuesday Evening Circle';
const SHOTS = '/work/shots/calendar';
const FORM_SHOTS = '/work/shots/monthly';

/** The 2nd and 4th Tuesday of the month `first` (YYYY-MM-01) starts. */
function secondAndFourthTuesdays(first: string): string[] {
  const weekday = new Date(`${first}T12:00:00Z`).getUTCDay();
  const firstTuesday = addDays(first, (2 - weekday + 7) % 7);
  return [addDays(firstTuesday, 7), addDays(firstTuesday, 21)];
}

const dayName = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

let zone = 'UTC';
const nextMonth = () => addMonths(`${todayIn(zone).slice(0, 7)}-01`, 1);
/** A busy day two months on: four sessions, more than a month cell draws. */
const busyDay = () => `${addMonths(nextMonth(), 1).slice(0, 7)}-15`;
const BUSY_HOURS = ['10:00', '11:00', '14:00', '16:00'];

async function prepareCentre(dataDir: string): Promise<void> {
  await createCentre(dataDir);
  let courseId = 0;
  let fynnId = 0;
  await asDemoAdmin(dataDir, async (call) => {
    zone = (await call('getOrganisation', {})).timeZone;
    const hall = await call('createLocation', { name: 'Main Hall' });
    await call('createUser', { ...FYNN, displayName: 'Fynn Holm', role: 'facilitator' });
    // Last term's course, ended: its held meetings feed the attendance chart, none are to come.
    const course = await call('createGroup', {
      name: 'Autumn Course',
      focus: 'mental_health',
      format: 'in_person',
      locationId: hall.id,
      schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO', startTime: '18:30', durationMinutes: 90 },
      startDate: addMonths(todayIn(zone), -3),
      endDate: addDays(todayIn(zone), -1),
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
    await call(
      'createVolunteer',
      fullVolunteer({
        firstName: 'Jonas',
        lastName: 'Berg',
        preferredName: '',
        phone: '0161 496 0000',
      }),
    );
    courseId = course.id;
    fynnId = fynn.id;
  });
  await withRawVaultDatabase(dataDir, { username: DEMO_ADMIN, password: DEMO_PASSWORD }, (db) => {
    // The users screen that links an account to a volunteer is built elsewhere: link it here.
    db.prepare('UPDATE app_user SET volunteer_id = ? WHERE username = ?').run(
      fynnId,
      FYNN.username,
    );
    // Past meetings, held and counted, for the attendance chart (recording is another screen).
    const insert = db.prepare(`INSERT INTO group_session (group_id, starts_at, ends_at, local_date,
      local_start, status, headcount, newcomers, created_at, updated_at)
      VALUES (?, ?, ?, ?, '18:30', 'held', ?, ?, ?, ?)`);
    for (let week = 1; week <= 10; week += 1) {
      const date = addDays(todayIn(zone), -7 * week);
      const startsAt = zonedInstant(date, '18:30', zone);
      const endsAt = new Date(Date.parse(startsAt) + 90 * 60_000).toISOString();
      insert.run(courseId, startsAt, endsAt, date, 6 + (week % 5), week % 3, startsAt, startsAt);
    }
    // Extra meetings of the course on one busy day, to come.
    const extra = db.prepare(`INSERT INTO group_session (group_id, starts_at, ends_at, local_date,
      local_start, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'scheduled', ?, ?)`);
    for (const time of BUSY_HOURS) {
      const startsAt = zonedInstant(busyDay(), time, zone);
      const endsAt = new Date(Date.parse(startsAt) + 60 * 60_000).toISOString();
      extra.run(courseId, startsAt, endsAt, busyDay(), time, startsAt, startsAt);
    }
  });
}

/** Copies the 1366×768 screenshot where the branch's screenshots are looked at. */
function keepShot(name: string): void {
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(path.join(SCREENSHOT_DIR, `${name}.png`), path.join(SHOTS, `${name}.png`));
}

/**
 * Addresses at 200 % zoom (a 683×384 window at twice the pixels), in a window of their own.
 * Signing in there ends the first window's session (one person at a time): run it last.
 */
async function shotsAt200(
  page: Page,
  url: string,
  account: typeof FYNN,
  shots: [string, string][],
) {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    viewport: { width: 683, height: 384 },
    deviceScaleFactor: 2,
    locale: 'en-GB',
  });
  const zoomed = await context.newPage();
  try {
    await signIn(zoomed, url, account);
    for (const [hash, name] of shots) {
      await zoomed.goto(`${new URL(url).origin}/${hash}`);
      await zoomed.getByRole('heading', { level: 1 }).waitFor();
      await zoomed.waitForLoadState('networkidle');
      mkdirSync(SHOTS, { recursive: true });
      await zoomed.screenshot({ path: path.join(SHOTS, `${name}-200.png`), fullPage: true });
    }
  } finally {
    await context.close();
  }
}

describe('the calendar and the dashboard', () => {
  const session = useAppSession(prepareCentre);
  const ADMIN = { username: DEMO_ADMIN, password: DEMO_PASSWORD };
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await signIn(page, session.app.url, ADMIN);
  });

  it('creates a group meeting on the 2nd and 4th Tuesday at 18:30 with the group form', async () => {
    await page.goto(`${new URL(session.app.url).origin}/#/groups/new`);
    await page.getByRole('heading', { level: 1, name: 'New group' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(GROUP);
    await page.getByLabel('Focus').selectOption({ label: 'Mental health' });
    await page.getByLabel('Location').selectOption({ label: 'Main Hall' });
    await page.getByLabel('Room').fill('Room 2');
    await page.getByLabel('How often').selectOption({ label: 'Once a month' });
    await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
    const weeks = page.getByRole('group', { name: 'Which weeks of the month' });
    // Ticked from the keyboard: First is ticked to begin with.
    for (const week of ['First', 'Second', 'Fourth']) {
      await weeks.getByRole('checkbox', { name: week }).focus();
      await page.keyboard.press('Space');
    }
    await fillDateTimeField(page, 'Start time', '18:30');
    await page.getByText('2nd and 4th Tuesday of the month at 18:30 (90 min)').waitFor();
    await session.expectAccessible('group-form-two-weeks');
    mkdirSync(FORM_SHOTS, { recursive: true });
    await weeks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(FORM_SHOTS, 'schedule-two-weeks.png') });
    await page.setViewportSize({ width: 683, height: 384 });
    await weeks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(FORM_SHOTS, 'schedule-two-weeks-200.png') });
    await page.setViewportSize(VIEWPORT);
    await page.getByRole('button', { name: 'Save group' }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    for (const name of ['Fynn Holm', 'Jonas Berg']) {
      await page.getByRole('button', { name: 'Add facilitator' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a facilitator' });
      await dialog.getByRole('combobox', { name: 'Volunteer' }).fill(name.split(' ')[0]!);
      await page.getByRole('option', { name }).click();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page
        .getByRole('region', { name: 'Facilitators' })
        .getByRole('rowheader', { name })
        .waitFor();
    }
  });

  it('shows the 2nd and 4th Tuesday at 18:30 in the month view', async () => {
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Next month' }).click();
    const month = page.getByRole('table');
    const [second, fourth] = secondAndFourthTuesdays(nextMonth());
    for (const date of [second!, fourth!]) {
      await month
        .getByRole('cell', { name: dayName(date) })
        .getByRole('link', { name: `18:30 ${GROUP}` })
        .waitFor();
    }
    // Exactly those two dates: no other day of the month (days of the months either side aside).
    const inMonth = month.locator('td:not([data-outside])');
    expect(await inMonth.getByRole('link', { name: new RegExp(GROUP) }).count()).toBe(2);
    expect(page.url()).toContain(`date=${nextMonth()}`);
    await session.expectAccessible('calendar-month');
    keepShot('calendar-month');
  });

  it('lists the same sessions in the list view, and Back returns to the month', async () => {
    await page.getByRole('button', { name: 'List' }).click();
    const [second, fourth] = secondAndFourthTuesdays(nextMonth());
    const days = page.getByRole('heading', { level: 3 });
    await days.first().waitFor();
    expect(await days.allTextContents()).toEqual([dayName(second!), dayName(fourth!)]);
    await page
      .getByRole('link', { name: new RegExp(`18:30 ${GROUP} Main Hall · Room 2`) })
      .first()
      .waitFor();
    await session.expectAccessible('calendar-agenda');
    keepShot('calendar-agenda');
    await page.goBack();
    await page.getByRole('button', { name: 'Month', pressed: true }).waitFor();
  });

  it('shows a week with every day, and opens a session from it', async () => {
    const [second] = secondAndFourthTuesdays(nextMonth());
    await page.goto(`${new URL(session.app.url).origin}/#/calendar?view=week&date=${second}`);
    await page.getByRole('heading', { level: 3 }).nth(6).waitFor();
    await session.expectAccessible('calendar-week');
    keepShot('calendar-week');
    await page.getByRole('link', { name: new RegExp(GROUP) }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
  });

  it('draws two sessions of a busy day in the month, and the rest are a keyboard link away', async () => {
    await page.goto(`${new URL(session.app.url).origin}/#/calendar?date=${busyDay()}`);
    const cell = page.getByRole('table').getByRole('cell', { name: dayName(busyDay()) });
    const more = cell.getByRole('link', { name: `2 more · ${dayName(busyDay())}` });
    await more.waitFor();
    expect(await cell.getByRole('link', { name: /Autumn Course/ }).allTextContents()).toEqual([
      '10:00 Autumn Course',
      '11:00 Autumn Course',
    ]);
    await session.expectAccessible('calendar-month-busy-day');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'List', pressed: true }).waitFor();
    const day = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: dayName(busyDay()) }),
    });
    await day.getByRole('link', { name: /^16:00 Autumn Course/ }).waitFor();
    expect(await day.getByRole('link', { name: /Autumn Course/ }).count()).toBe(4);
    expect(page.url()).toContain(`view=agenda&date=${busyDay()}`);
  });

  it("shows the administrator this week's sessions, training and attendance", async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 2, name: 'This week' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Attendance over the last 12 weeks' })
      .waitFor();
    await page.getByRole('img', { name: /sessions held/ }).waitFor();
    expect(await page.getByRole('heading', { name: 'My next session' }).count()).toBe(0);
    await session.expectAccessible('dashboard-admin');
    await screenshot(page, 'dashboard-admin', true);
    keepShot('dashboard-admin');
  });

  it('starts a facilitator\'s dashboard with "My next session", its co-facilitator and a way to record it', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, session.app.url, FYNN);
    const next = page.getByRole('region', { name: 'My next session' });
    await next.getByText(GROUP).waitFor();
    await next.getByText('Jonas Berg').waitFor();
    await next.getByRole('link', { name: '0161 496 0000' }).waitFor();
    expect(await page.getByRole('heading', { name: /Attendance over/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Training and checks' }).count()).toBe(0);
    await session.expectAccessible('dashboard-facilitator');
    keepShot('dashboard-facilitator');
    // The same layout as 200 % zoom (a second window's sign-in would end this one's session).
    await page.setViewportSize({ width: 683, height: 384 });
    await page.screenshot({
      path: path.join(SHOTS, 'dashboard-facilitator-200.png'),
      fullPage: true,
    });
    await page.setViewportSize(VIEWPORT);
    await next.getByRole('link', { name: 'Open the session to record it' }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
  });

  it('reflows the calendar and the dashboard at 200 % zoom', async () => {
    const month = nextMonth();
    const [second] = secondAndFourthTuesdays(month);
    await shotsAt200(page, session.app.url, ADMIN, [
      [`#/calendar?date=${month}`, 'calendar-month'],
      [`#/calendar?view=week&date=${second}`, 'calendar-week'],
      [`#/calendar?view=agenda&date=${month}`, 'calendar-agenda'],
      ['#/', 'dashboard-admin'],
    ]);
  });
});
