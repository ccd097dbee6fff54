import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { useAppSession, ZOOM_200 } from './support/app';
import { DEMO_PASSWORD, prepareDemoCentre, signIn } from './support/demo-centre';

// Issue 12: a coordinator lets an online group publish its link; the print centre's Meeting
// Guide feed and calendar, a group page's calendar and the print station's exports then carry
// it, read back as a meeting-finder app and a calendar app would.

const SHOTS = '/work/shots/feeds-online';
const PUBLISH = 'Publish the online link and dial-in in the public meeting list, calendar and feed';
/** Demo groups (main/demo/generate.ts): online and weekly, listed, the link on request. */
const CHOSEN = { name: 'Men’s Shed Talk', link: 'https://meet.example.org/other-7' };
/** Online, listed, and publishing its link in the demo data already. */
const PUBLISHING = {
  name: 'Long Covid Peer Group',
  link: 'https://meet.example.org/chronic_illness-2',
};
/** Hybrid and listed, its link given on request: it must stay out of every file. */
const ON_REQUEST_LINK = 'https://meet.example.org/grief-9';

type Meeting = Record<string, unknown> & { name: string; types: string[] };

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** The .ics read back by ical.js: its events, with the zone registered so times resolve. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { zone, events };
}

const exdatesOf = (event: ICAL.Event) =>
  event.component
    .getAllProperties('exdate')
    .map((p) => (p.getFirstValue() as ICAL.Time).toString());

function checkFeed(text: string): Meeting[] {
  const meetings = JSON.parse(text) as Meeting[];
  expect(meetings.length).toBeGreaterThan(0);
  for (const m of meetings) {
    expect(Boolean(m.formatted_address) || Boolean(m.conference_url ?? m.conference_phone)).toBe(
      true,
    );
    if (m.conference_url !== undefined) expect(m.conference_url).toMatch(/^https:\/\/\S+$/);
    expect(m.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  }
  expect(text).not.toContain(ON_REQUEST_LINK);
  return meetings;
}

describe('the public feeds with online meetings', () => {
  const session = useAppSession(prepareDemoCentre);
  let groupUrl = '';

  afterAll(() => ICAL.TimezoneService.reset());

  it('lets a coordinator publish an online group’s link, off until ticked', async () => {
    const { page, app } = session;
    await signIn(page, app.url, { username: 'coordinator', password: DEMO_PASSWORD });
    await page.getByRole('link', { name: 'Groups' }).first().click();
    await page.getByRole('link', { name: CHOSEN.name }).click();
    await page.getByRole('heading', { level: 1, name: CHOSEN.name }).waitFor();
    groupUrl = page.url();
    await page
      .getByRole('link', { name: 'Edit' })
      .or(page.getByRole('button', { name: 'Edit' }))
      .click();
    const choice = page.getByRole('checkbox', { name: PUBLISH });
    await choice.waitFor({ state: 'attached' });
    expect(await choice.isChecked()).toBe(false);
    await choice.scrollIntoViewIfNeeded();
    await choice.click({ force: true });
    expect(await choice.isChecked()).toBe(true);
    await page.getByText(PUBLISH).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/group-form-publish-link.png` });
    await session.expectAccessible('feeds-group-form-publish-link');
    await page.getByRole('button', { name: 'Save group' }).click();
    await page.getByRole('heading', { level: 1, name: CHOSEN.name }).waitFor();
    await page.getByText('Online link in the public list').waitFor();
  });

  it('cancels a meeting, which the group’s calendar then leaves out as an EXDATE', async () => {
    const { page } = session;
    const before = parseCalendar((await download(page, 'Save this group’s calendar (.ics)')).text);
    await page.getByRole('table', { name: 'Coming up' }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Cancel session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
    await dialog.getByLabel(/^Reason/).fill('Facilitator unwell');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto(groupUrl);
    await page.getByRole('heading', { level: 1, name: CHOSEN.name }).waitFor();
    const file = await download(page, 'Save this group’s calendar (.ics)');
    expect(file.name).toMatch(/^men-s-shed-talk-\d+\.ics$/);
    const { zone, events } = parseCalendar(file.text);
    expect(events.map((e) => e.summary)).toEqual([CHOSEN.name]);
    const [event] = events;
    expect(event!.component.getFirstPropertyValue('url')).toBe(CHOSEN.link);
    expect(event!.location).toBe('Online');
    expect(event!.description).toContain(`Join online: ${CHOSEN.link}`);
    expect(event!.component.getFirstPropertyValue('rrule')!.toString()).toBe(
      'FREQ=WEEKLY;BYDAY=MO',
    );
    const tzid = zone!.getFirstPropertyValue('tzid') as string;
    expect(event!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(tzid);
    const added = exdatesOf(event!).filter((d) => !exdatesOf(before.events[0]!).includes(d));
    expect(added).toHaveLength(1);
    // A Monday, at the group's start time, in the organisation's zone.
    expect(new Date(`${added[0]!.slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(added[0]!.slice(11)).toBe(event!.startDate.toString().slice(11));
    expect(event!.component.getFirstProperty('exdate')!.getParameter('tzid')).toBe(tzid);
  });

  it('saves the Meeting Guide feed and the calendar of every public group from the print centre', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Print centre' }).first().click();
    const section = page.getByRole('region', { name: 'Calendar and meeting-finder feed' });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/print-centre-export-buttons.png` });

    const feed = await download(page, 'Save the Meeting Guide feed (.json)');
    expect(feed.name).toBe('meeting-guide.json');
    const meetings = checkFeed(feed.text);
    const chosen = meetings.find((m) => m.name === CHOSEN.name)!;
    expect(chosen).toMatchObject({ conference_url: CHOSEN.link, day: 1 });
    expect(chosen).not.toHaveProperty('formatted_address');
    expect(meetings.find((m) => m.name === PUBLISHING.name)).toMatchObject({
      conference_url: PUBLISHING.link,
    });
    await section.getByText(/^Saved\. Not in the feed/).waitFor();
    await session.expectAccessible('feeds-print-centre-saved');

    const calendar = await download(page, 'Save the calendar (.ics)');
    expect(calendar.name).toBe('meetings.ics');
    expect(calendar.text).not.toContain(ON_REQUEST_LINK);
    const { events } = parseCalendar(calendar.text);
    const recurring = events.filter((e) => !e.isRecurrenceException());
    const urls = Object.fromEntries(
      recurring.map((e) => [e.summary, e.component.getFirstPropertyValue('url')]),
    );
    expect(urls[CHOSEN.name]).toBe(CHOSEN.link);
    expect(urls[PUBLISHING.name]).toBe(PUBLISHING.link);
    expect(urls['Grief Café']).toBeNull();
    for (const event of recurring) expect(event.component.getFirstProperty('rrule')).not.toBeNull();
  });

  it('shows the buttons and the choice in Arabic', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page
      .getByRole('region', { name: 'التقويم وملف تطبيقات البحث عن الاجتماعات' })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/print-centre-export-buttons-ar.png` });
    await session.expectAccessible('feeds-print-centre-ar');
    await page.goto(`${groupUrl.replace(/\/?$/, '')}/edit`);
    const choice = page.getByRole('checkbox', {
      name: 'نشر رابط الاجتماع ورقم الاتصال الهاتفي في قائمة الاجتماعات العامة والتقويم والملف',
    });
    await choice.waitFor({ state: 'attached' });
    expect(await choice.isChecked()).toBe(true);
    await choice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/group-form-publish-link-ar.png` });
    await session.expectAccessible('feeds-group-form-ar');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });

  it('saves the same files at the print station, with no password', async () => {
    const { page, app } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    await page.getByRole('link', { name: /Public printing/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Public printing' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/print-station-export-buttons.png`, fullPage: true });
    const meetings = checkFeed((await download(page, 'Save the Meeting Guide feed (.json)')).text);
    expect(meetings.find((m) => m.name === CHOSEN.name)).toMatchObject({
      conference_url: CHOSEN.link,
    });
    const { events } = parseCalendar((await download(page, 'Save the calendar (.ics)')).text);
    expect(events.some((e) => e.component.getFirstPropertyValue('url') === CHOSEN.link)).toBe(true);
    await session.expectAccessible('feeds-print-station');
    expect(new URL(page.url()).origin).toBe(new URL(app.url).origin);
  });

  it('fits the choice and the buttons at 200 % zoom', async () => {
    const { page, app } = session;
    const zoomed = await page.context().browser()!.newContext(ZOOM_200);
    try {
      const small = await zoomed.newPage();
      await signIn(small, app.url, { username: 'coordinator', password: DEMO_PASSWORD });
      await small.goto(`${groupUrl.replace(/\/?$/, '')}/edit`);
      const choice = small.getByRole('checkbox', { name: PUBLISH });
      await choice.waitFor({ state: 'attached' });
      await small.getByText(PUBLISH).scrollIntoViewIfNeeded();
      await small.screenshot({ path: `${SHOTS}/group-form-publish-link-200.png` });
      await small.goto(`${new URL(app.url).origin}/#/print`);
      await small
        .getByRole('button', { name: 'Save the Meeting Guide feed (.json)' })
        .scrollIntoViewIfNeeded();
      await small.screenshot({ path: `${SHOTS}/print-centre-export-buttons-200.png` });
      expect(
        await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
    } finally {
      await zoomed.close();
    }
  });
});
