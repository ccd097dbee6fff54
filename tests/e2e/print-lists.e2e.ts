import type { Page } from 'playwright-core';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { withRawVaultDatabase } from '../support/raw-database';
import { PRE_LOGIN_PATHS } from '../../renderer/app/pre-login-path';
import { fillDateTimeField, useAppSession } from './support/app';
import { DEMO_ADMIN, DEMO_PASSWORD, prepareDemoCentre, signInToDemo } from './support/demo-centre';
import { checkPrintable, PRINT_DIR, type PrintedPdf } from './support/print';

// The weekly meeting list and the monthly calendar (issue 11): signed in and at the print
// station, A4 and Letter, no overflow, the day heading at the top of every page a day runs
// over, and a meeting a closure cancels shown struck through, with the word and the reason.

const WEEKDAYS =
  /^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Other schedules)\s*$/m;
const SHOTS = '/work/shots/print-lists';

// Four printouts in two papers (and large print) after the demo centre is made: more than the
// default two minutes on a busy two-core machine.
jest.setTimeout(300_000);

interface Target {
  groupName: string;
  localDate: string;
  localStart: string;
}

let target: Target;

/** The group's name as the printout shows it (the PDF's text wraps it inside its column). */
const printedName = async (page: Page) => (await page.locator('.print-doc').textContent()) ?? '';
/** The name's first word: what a wrapped cell still has in one piece in the PDF's text. */
const firstWord = () => target.groupName.split(' ')[0]!;

/** The demo centre, and the next meeting of a listed group (after today) to close the centre on. */
async function prepare(dataDir: string): Promise<void> {
  await prepareDemoCentre(dataDir);
  target = await withRawVaultDatabase(
    dataDir,
    { username: DEMO_ADMIN, password: DEMO_PASSWORD },
    (db) =>
      db
        .prepare(
          `SELECT g.name AS groupName, s.local_date AS localDate, s.local_start AS localStart
           FROM group_session AS s JOIN support_group AS g ON g.id = s.group_id
           WHERE s.status = 'scheduled' AND g.is_listed_publicly = 1 AND g.status = 'active'
             AND s.local_date > date('now', '+1 day')
           ORDER BY s.starts_at, s.id LIMIT 1`,
        )
        .get() as Target,
  );
}

/** Keeps every page of a printout as PNG for people to look at. */
function keepPages(printed: PrintedPdf, name: string): void {
  mkdirSync(SHOTS, { recursive: true });
  const base = path.join(PRINT_DIR, `${name}-page`);
  execFileSync('pdftoppm', ['-png', '-r', '60', printed.file, base]);
  for (let page = 1; page <= printed.pages; page += 1) {
    const suffix = printed.pages >= 10 ? String(page).padStart(2, '0') : String(page);
    copyFileSync(`${base}-${suffix}.png`, path.join(SHOTS, `${name}-${page}.png`));
  }
}

describe('meeting list and calendar', () => {
  const session = useAppSession(prepare);
  const month = () => target.localDate.slice(0, 7);

  it('prints the meeting list and the calendar, with a closure’s cancelled meeting, signed in', async () => {
    const { page, app } = session;
    await signInToDemo(page, app.url);
    // Close the centre on the day of a listed group's next meeting.
    await page.getByRole('link', { name: 'Closures' }).click();
    await page.getByRole('button', { name: 'Add closure' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a closure' });
    await fillDateTimeField(page, 'First day closed', target.localDate);
    await fillDateTimeField(page, 'Last day closed', target.localDate);
    await dialog.getByLabel(/^Reason/).fill('Boiler repair');
    await dialog.getByRole('button', { name: 'Add closure' }).click();
    await dialog.waitFor({ state: 'detached' });

    for (const paper of ['A4', 'Letter'] as const) {
      for (const large of [false, true]) {
        const name = `meeting-list-${paper}${large ? '-large' : ''}`;
        const list = await checkPrintable(page, app.url, {
          printable: 'meeting-list',
          paper,
          query: large ? { large: true } : {},
          name,
        });
        expect(list.overflow).toEqual([]);
        expect(await printedName(page)).toContain(target.groupName);
        expect(list.text).toContain(firstWord());
        expect(list.text).toContain(target.localStart);
        expect(list.text).toContain('Harbour Community Centre');
        expect(list.text).toMatch(/Format: P +In person +O +Online +H +In person and online/);
        // Every page starts with a day's heading: a day that runs over repeats it. Only the
        // organisation's contact may have the last page to itself.
        expect(list.pages).toBeGreaterThan(large ? 1 : 0);
        const firstLines = list.pageTexts.map(
          (text) => text.split('\n').find((line) => line.trim() !== '') ?? '',
        );
        for (const [index, firstLine] of firstLines.entries()) {
          if (index === 0 || (index === list.pages - 1 && firstLine.trim() === 'Contact us')) {
            continue;
          }
          expect({ index, firstLine }).toEqual({
            index,
            firstLine: expect.stringMatching(WEEKDAYS) as string,
          });
        }
        keepPages(list, name);
      }

      const name = `calendar-${paper}`;
      const calendar = await checkPrintable(page, app.url, {
        printable: 'calendar',
        paper,
        query: { month: month() },
        name,
      });
      expect(calendar.overflow).toEqual([]);
      expect(await printedName(page)).toContain(target.groupName);
      expect(calendar.text).toContain(firstWord());
      expect(calendar.text).toMatch(/CANCELLED:\s+BOILER\s+REPAIR/);
      // pdftotext lays the grid's cells side by side: the note's two lines are apart.
      expect(calendar.text).toContain('Centre closed:');
      expect(calendar.text).toContain('Boiler repair');
      expect(await page.locator('.print-calendar__meeting--cancelled s').count()).toBeGreaterThan(
        0,
      );
      keepPages(calendar, name);
    }
    await session.expectAccessible('print-calendar-signed-in');
  });

  it('prints both at the print station, signed out', async () => {
    const { page, app } = session;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    await page.getByRole('link', { name: /Public printing/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Public printing' }).waitFor();
    await session.expectAccessible('print-station-chooser');
    await page.getByRole('link', { name: 'Weekly meeting list' }).click();
    await page.locator('.print-doc .print-sheet').first().waitFor();
    await session.expectAccessible('print-station-meeting-list');

    const list = await checkPrintable(page, app.url, {
      printable: 'meeting-list',
      paper: 'A4',
      name: 'station-meeting-list',
    });
    expect(list.overflow).toEqual([]);
    expect(await printedName(page)).toContain(target.groupName);
    keepPages(list, 'station-meeting-list');

    const calendar = await checkPrintable(page, app.url, {
      printable: 'calendar',
      paper: 'Letter',
      query: { month: month() },
      name: 'station-calendar',
    });
    expect(calendar.overflow).toEqual([]);
    expect(calendar.text).toMatch(/CANCELLED:\s+BOILER\s+REPAIR/);
    keepPages(calendar, 'station-calendar');
    await session.expectAccessible('print-station-calendar');
    await page.getByRole('link', { name: 'Back to the print station' }).click();
    await page.waitForURL(new RegExp(`#${PRE_LOGIN_PATHS.publicPrinting}$`));
  });
});
