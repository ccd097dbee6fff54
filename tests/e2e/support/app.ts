import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from '../../support/chromium';
import { CLI, ROOT } from '../../support/cli';
import { makeTempDir } from '../../support/temp-core';

export { launchChromium };

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
export const VIEWPORT = { width: 1366, height: 768 };
/** 1366×768 at 200 % zoom: a 683×384 CSS-pixel window (WCAG 1.4.10 reflow). */
export const ZOOM_200 = { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 };

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/** Starts the real browser host (`circlekeeper serve`) on a data folder and waits for its URL. */
export function startApp(dataDir: string): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir], {
    env: { ...process.env, CIRCLEKEEPER_LANGUAGE: 'en' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) {
        resolve({
          url: match[0],
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

/** Saves a screenshot (the window, or the whole page) for people to look at. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** WCAG 2.2 AA violations on the current screen, as "rule: target" lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // A page without frames: one axe.run in it finds the same violations as the per-frame mode,
    // which opens a blank page and injects axe three times (3-4× slower); only violations are
    // read, so passing nodes are not serialized.
    .setLegacyMode(page.frames().length === 1)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

export interface AppSession {
  app: RunningApp;
  page: Page;
  /** Screenshots the current screen and expects axe to find no WCAG 2.2 AA violation. */
  expectAccessible(screen: string): Promise<void>;
  close(): Promise<void>;
}

/** The browser host on `dataDir` and one 1366×768 Chromium page (axe needs its own context). */
async function openAppSession(dataDir: string, locale: string): Promise<AppSession> {
  const app = await startApp(dataDir);
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: VIEWPORT, locale })).newPage();
  return {
    app,
    page,
    async expectAccessible(screen) {
      await screenshot(page, screen);
      const violations = await accessibilityViolations(page);
      expect({ screen, violations }).toEqual({ screen, violations: [] });
    },
    async close() {
      await browser.close();
      await app.stop();
    },
  };
}

/**
 * Registers the suite's hooks: a fresh data folder, an optional `prepare` step (e.g. the CLI),
 * then the app and a page; everything is stopped and removed after the suite.
 */
export function useAppSession(
  prepare?: (dataDir: string) => Promise<void>,
  // A British English PC by default: before sign-in, or with no organisation region, dates and
  // times follow the computer's region (24-hour clock here).
  { locale = 'en-GB' }: { locale?: string } = {},
): AppSession {
  const dataDir = makeTempDir('ck-e2e-');
  let session: AppSession | undefined;
  const current = (): AppSession => {
    if (!session) throw new Error('the app session starts in beforeAll');
    return session;
  };
  beforeAll(async () => {
    const started = Date.now();
    await prepare?.(dataDir);
    const prepared = Date.now();
    session = await openAppSession(dataDir, locale);
    // `CK_E2E_STEP_TIMES=1` says where a file's setup time goes (the data, or the app and browser).
    if (process.env.CK_E2E_STEP_TIMES) {
      process.stderr.write(
        `${expect.getState().testPath}: prepare ${prepared - started} ms, app and browser ${Date.now() - prepared} ms\n`,
      );
    }
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get app() {
      return current().app;
    },
    get page() {
      return current().page;
    },
    expectAccessible: (screen) => current().expectAccessible(screen),
    close: () => current().close(),
  };
}

/**
 * Waits until `locator` matches exactly `expected` elements and returns the count it saw last.
 * playwright-core's `count()` does not wait, and a screen's heading can render before its data.
 */
export async function settledCount(locator: Locator, expected: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let count = await locator.count();
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = await locator.count();
  }
  return count;
}

/**
 * Types a date ("2026-12-01") or time ("18:30") into a react-aria date or time field, segment by
 * segment, whatever order the locale puts them in.
 */
export async function fillDateTimeField(page: Page, label: string, value: string): Promise<void> {
  const [first, second, third] = value.split(/[-:]/);
  const parts: Record<string, string | undefined> = value.includes(':')
    ? { hour: first, minute: second }
    : { year: first, month: second, day: third };
  const segments = page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton');
  for (const segment of await segments.all()) {
    const part = parts[(await segment.getAttribute('data-type')) ?? ''];
    if (part === undefined) continue;
    await segment.click();
    await page.keyboard.type(part);
  }
}
