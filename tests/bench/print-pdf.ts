// PDF generation of the monthly calendar and the weekly meeting list on the bench's data
// (DESIGN §8: "a month calendar PDF under 2 s"): the browser host in-process with the built
// renderer (dist/renderer), Debian's Chromium, the demo admin signed in. Each run is a fresh
// page (so no data is cached in the page): open the printable's address until it is ready, then
// `page.pdf()` as Save as PDF does. Whatever the printables are on this branch (placeholders
// until their slice lands), the same address and the same "ready" are measured.
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { CoreCaller } from '../../main/core/core-caller';
import { startWebHost } from '../../main/web/server';
import type { PrintableId } from '../../shared/print/printables';
import { printHref } from '../../renderer/print/print-search';
import { untilCallsSettle } from '../support/calls-settle';
import { launchChromium } from '../support/chromium';
import { summarize, type Summary } from './stats';

export const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
const RUNS = 10;
const GOAL_MS = 2000;
const PRINTABLES: PrintableId[] = ['calendar', 'meeting-list'];

type Report = (label: string, summary: Summary, goalMs: number) => void;

/**
 * Signs in on a new page (so no data is cached in it) and waits until the dashboard has loaded
 * everything it asks for.
 */
export async function signedInPage(
  context: BrowserContext,
  url: string,
  account: { username: string; password: string },
) {
  const page = await context.newPage();
  await page.goto(url);
  await signIn(page, account);
  return page;
}

/** Signs in on the sign-in screen shown and waits for the dashboard and all it asks for. */
export async function signIn(page: Page, account: { username: string; password: string }) {
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await untilCallsSettle(page, async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });
}

/** Ready to print: a sheet is drawn, nothing says "Loading…", and the fonts are in. */
async function openUntilReady(page: Awaited<ReturnType<typeof signedInPage>>, hash: string) {
  // A hash change, as a click in the print centre makes: a new address would reload the page,
  // and the browser host signs out a page that leaves.
  await page.evaluate((target) => void (window.location.hash = target), hash);
  await page.locator('.print-doc .print-sheet').first().waitFor();
  await page.locator('.print-screen .loading').waitFor({ state: 'detached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;

export async function benchPrintPdf(
  core: CoreCaller,
  account: { username: string; password: string },
  report: Report,
): Promise<void> {
  const host = await startWebHost({ core, rendererDir: RENDERER_DIR });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    for (const printable of PRINTABLES) {
      const open: number[] = [];
      const pdf: number[] = [];
      const total: number[] = [];
      let pages: number | undefined;
      for (let run = 0; run < RUNS; run += 1) {
        const page = await signedInPage(context, host.url, account);
        const start = performance.now();
        await openUntilReady(page, printHref(printable, { paper: 'A4' }));
        const ready = performance.now();
        const file = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const done = performance.now();
        open.push(ready - start);
        pdf.push(done - ready);
        total.push(done - start);
        pages = pageCount(file);
        // The browser host keeps one page signed in: sign out, so the next run signs in afresh.
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.getByLabel('Username').waitFor();
        await page.close();
      }
      console.log(`${printHref(printable, { paper: 'A4' })}: ${pages ?? '?'} A4 pages`);
      report(`PDF ${printable}: open until ready`, summarize(open), GOAL_MS);
      report(`PDF ${printable}: page.pdf()`, summarize(pdf), GOAL_MS);
      report(`PDF ${printable}: open + page.pdf()`, summarize(total), GOAL_MS);
    }
  } finally {
    await browser.close();
    await host.close();
  }
}
