// Screens in Chromium on the bench's data (DESIGN §8: "any screen interactive within 100 ms of
// navigation"): the browser host with the built renderer and its core worker, as shipped;
// Debian's Chromium; the demo admin signed in. Each screen is reached by a hash change, as a click on a link makes, and
// is timed until an element that only its data draws is on screen. Two ways, both timed:
// - a screen's first visit since the app started (a new page each time): the browser also
//   compiles the screen's code then, once per start of the app;
// - later visits, as the rest of a working day: one page, the tour made once, then signed out
//   and in again before each timed tour, so every screen's data still comes from the core (the
//   renderer's query cache is emptied while nobody is signed in).
// The long lists' table rows are counted too: a list must not draw more rows than fit however
// large the centre is.
import type { Page } from 'playwright-core';
import { startCoreWorker } from '../../main/core/client';
import { startWebHost } from '../../main/web/server';
import { printHref } from '../../renderer/print/print-search';
import { launchChromium } from '../support/chromium';
import { WORKER_PATH } from './http-path';
import { RENDERER_DIR, signIn, signedInPage } from './print-pdf';
import { summarize, type Summary } from './stats';

/** New pages, each a start of the app: a screen's first visit is timed in each. */
const FIRST_VISITS = 5;
/** Tours of every screen in one page, each after signing out and in again. */
const LATER_VISITS = 20;
const GOAL_MS = 100;
/** A list longer than this draws more than a 1366×768 screen can show in a few scrolls. */
export const MAX_LIST_ROWS = 100;

type Report = (label: string, summary: Summary, goalMs: number) => void;

interface Screen {
  label: string;
  hash: string;
  /** The page's h1 once this screen is up (so the screen before it cannot count as ready). */
  heading: string;
  /** Drawn only from the screen's data: not "Loading…", not an empty table. */
  ready: string;
  /** A long list: its drawn rows are counted, and must stay within MAX_LIST_ROWS. */
  rows?: string;
}

export function benchScreens(groupId: number): Screen[] {
  return [
    {
      label: 'groups',
      hash: '#/groups',
      heading: 'Groups',
      ready: 'table tbody tr a',
      rows: 'table tbody tr',
    },
    {
      label: 'volunteers',
      hash: '#/volunteers',
      heading: 'Volunteers',
      ready: '.volunteers-table tbody tr',
      rows: '.volunteers-table tbody tr',
    },
    {
      label: 'calendar month',
      hash: '#/calendar',
      heading: 'Calendar',
      ready: '.calendar-month .calendar-session',
      rows: '.calendar-month .calendar-session',
    },
    {
      label: 'calendar week',
      hash: '#/calendar?view=week',
      heading: 'Calendar',
      ready: '.calendar-days--week .calendar-session',
      rows: '.calendar-days--week .calendar-session',
    },
    {
      label: 'calendar agenda (4 weeks)',
      hash: '#/calendar?view=agenda',
      heading: 'Calendar',
      ready: '.calendar-days--agenda .calendar-session',
      rows: '.calendar-days--agenda .calendar-session',
    },
    {
      label: "one group's sessions",
      hash: `#/groups/${groupId}`,
      heading: '',
      ready: '.group-sessions table tbody tr',
      rows: '.group-sessions table tbody tr',
    },
    {
      label: 'volunteer hours summary',
      hash: '#/hours',
      heading: 'Volunteer hours',
      ready: '.hours-table tbody tr',
      rows: '.hours-table tbody tr',
    },
    {
      label: 'audit log',
      hash: '#/audit',
      heading: 'Audit log',
      ready: '.table--audit tbody tr',
      rows: '.table--audit tbody tr',
    },
    {
      label: 'funder report',
      hash: printHref('funder-report', { paper: 'A4' }),
      heading: '',
      ready: '.print-doc .print-sheet',
    },
    // Last: it was drawn at sign-in, so this is a return to it (its data may be cached).
    { label: 'dashboard (back to it)', hash: '#/', heading: 'Dashboard', ready: '.dashboard tr' },
  ];
}

/**
 * Playwright's first wait on a page installs its script in the page and compiles the wait: 60 to
 * 120 ms that are the measuring's, not the app's (the same wait again on a screen already shown
 * takes 6 to 9). So each page first "opens" the screen it signed in on, untimed.
 */
export async function readyToMeasure(page: Page, shown: Screen): Promise<void> {
  await openScreen(page, shown);
}

/** Navigates as a link does and waits, frame by frame, until the screen shows its data. */
export async function openScreen(page: Page, screen: Screen): Promise<number> {
  const start = performance.now();
  await page.evaluate((target) => void (window.location.hash = target), screen.hash);
  await page.waitForFunction(
    ({ hash, heading, ready }) =>
      window.location.hash === hash &&
      (heading === '' || document.querySelector('h1')?.textContent === heading) &&
      document.querySelector(ready) !== null &&
      document.querySelector('.loading') === null,
    screen,
    { polling: 'raf' },
  );
  return performance.now() - start;
}

const countRows = (page: Page, selector: string) =>
  page.evaluate((rows) => document.querySelectorAll(rows).length, selector);

type Samples = Map<string, number[]>;

/** Every screen once, in order, each time added to `samples`; the long lists' rows counted. */
async function tour(
  page: Page,
  screens: Screen[],
  samples: Samples,
  rowCounts: Map<string, number>,
): Promise<void> {
  for (const screen of screens) {
    samples.get(screen.label)!.push(await openScreen(page, screen));
    if (screen.rows) rowCounts.set(screen.label, await countRows(page, screen.rows));
  }
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Username').waitFor();
}

export async function benchScreensInChromium(
  dataDir: string,
  account: { username: string; password: string },
  groupId: number,
  report: Report,
): Promise<boolean> {
  // The app's own pair, as `circlekeeper serve` runs it: the core in a worker behind the host.
  const core = startCoreWorker({ dataDir, workerPath: WORKER_PATH });
  const host = await startWebHost({ core, rendererDir: RENDERER_DIR });
  const browser = await launchChromium();
  const screens = benchScreens(groupId);
  const emptySamples = (): Samples => new Map(screens.map((screen) => [screen.label, []]));
  const first = emptySamples();
  const later = emptySamples();
  const rowCounts = new Map<string, number>();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    for (let run = 0; run < FIRST_VISITS; run += 1) {
      const page = await signedInPage(context, host.url, account);
      // Signing in lands on the dashboard, the last screen of the tour.
      await readyToMeasure(page, screens.at(-1)!);
      await tour(page, screens, first, rowCounts);
      await signOut(page);
      await page.close();
    }
    const page = await signedInPage(context, host.url, account);
    await readyToMeasure(page, screens.at(-1)!);
    await tour(page, screens, emptySamples(), rowCounts);
    for (let run = 0; run < LATER_VISITS; run += 1) {
      await signOut(page);
      await signIn(page, account);
      await tour(page, screens, later, rowCounts);
    }
  } finally {
    await browser.close();
    await host.close();
    await core.close();
  }
  for (const screen of screens) {
    report(`screen ${screen.label}`, summarize(later.get(screen.label)!), GOAL_MS);
  }
  for (const screen of screens) {
    report(`screen ${screen.label}, first visit`, summarize(first.get(screen.label)!), GOAL_MS);
  }
  let isEveryListShort = true;
  for (const [label, rows] of rowCounts) {
    const isMet = rows <= MAX_LIST_ROWS;
    isEveryListShort &&= isMet;
    console.log(
      `${`rows drawn: ${label}`.padEnd(48)} ${rows}  goal <=${MAX_LIST_ROWS}: ${isMet ? 'met' : 'MISSED'}`,
    );
  }
  return isEveryListShort;
}
