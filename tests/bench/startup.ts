// Start-up, unlock and memory of the browser host as `npm start` runs it where Electron is not
// installed (scripts/start.mjs): `node dist/main/cli.js serve` in a child process, Debian's
// Chromium as its window. Cold start = spawn until the login screen answers in the browser;
// unlock = the Sign in click until the dashboard shows its figures (DESIGN §8: under 1 s).
// Unlock is timed both ways the core can open the database: after a clean close (the damage
// check skipped, clean-close.ts) and with no clean-close record (the check reads the whole
// file, as after a crash or on a copied folder). Memory: VmRSS of the host process, whose
// threads include the core worker, after a tour of every screen.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { cleanCloseRecordPath } from '../../main/store/clean-close';
import { vaultPaths } from '../../main/vault/vault';
import { launchChromium } from '../support/chromium';
import { benchScreens, openScreen } from './screens';
import { ms, summarize, type Summary } from './stats';

const CLI = fileURLToPath(new URL('../main/cli.js', import.meta.url));
const RUNS = 4;
const START_GOAL_MS = 3000;
const UNLOCK_GOAL_MS = 1000;
const RSS_GOAL_MB = 250;
/** The screens a tour passes through that the screens bench does not time. */
const OTHER_SCREENS = [
  '#/locations',
  '#/trainings',
  '#/users',
  '#/closures',
  '#/incidents',
  '#/resources',
  '#/settings',
  '#/backup',
  '#/print',
];

type Report = (label: string, summary: Summary, goalMs: number) => void;

interface RunningHost {
  child: ChildProcessWithoutNullStreams;
  url: string;
}

function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir]);
  child.stderr.resume();
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the host ended at start (exit ${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('http://127.0.0.1:')) resolve({ child, url: line.trim() });
    });
  });
}

function stopHost({ child }: RunningHost): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process (all its threads: the host's and the core worker's), in MB. */
function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

/**
 * Waits, frame by frame, until `selector` matches. A locator's waitFor polls at widening
 * intervals (up to 500 ms apart), which would put its own delay into what is timed.
 */
const frameByFrame = (page: Page, selector: string) =>
  page.waitForFunction((css) => document.querySelector(css) !== null, selector, {
    polling: 'raf',
  });

async function signIn(page: Page, account: { username: string; password: string }) {
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  const start = performance.now();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await frameByFrame(page, '.dashboard tr');
  return performance.now() - start;
}

async function tour(page: Page, groupId: number): Promise<void> {
  for (const screen of benchScreens(groupId)) await openScreen(page, screen);
  for (const hash of OTHER_SCREENS) {
    await page.evaluate((target) => void (window.location.hash = target), hash);
    await page.waitForLoadState('networkidle');
  }
}

interface StartupSamples {
  start: number[];
  checked: number[];
  vouched: number[];
  rssMb: number;
}

async function oneStart(
  browser: Browser,
  dataDir: string,
  account: { username: string; password: string },
  isCheckForced: boolean,
): Promise<{ start: number; unlock: number; host: RunningHost; page: Page }> {
  if (isCheckForced) rmSync(cleanCloseRecordPath(vaultPaths(dataDir).database), { force: true });
  const start = performance.now();
  const host = await startHost(dataDir);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(host.url);
  await frameByFrame(page, 'input[autocomplete="username"]');
  const started = performance.now() - start;
  return { start: started, unlock: await signIn(page, account), host, page };
}

/**
 * Runs with the core in this process locked (the host locks the data folder for itself).
 * Returns whether host + core memory stayed within the goal.
 */
export async function benchStartup(
  dataDir: string,
  account: { username: string; password: string },
  groupId: number,
  report: Report,
): Promise<boolean> {
  const browser = await launchChromium();
  const samples: StartupSamples = { start: [], checked: [], vouched: [], rssMb: 0 };
  try {
    for (let run = 0; run < RUNS * 2; run += 1) {
      const isCheckForced = run % 2 === 0;
      const { start, unlock, host, page } = await oneStart(
        browser,
        dataDir,
        account,
        isCheckForced,
      );
      samples.start.push(start);
      (isCheckForced ? samples.checked : samples.vouched).push(unlock);
      if (run === RUNS * 2 - 1) {
        await tour(page, groupId);
        samples.rssMb = residentMb(host.child.pid!);
      }
      await page.close();
      await stopHost(host);
    }
  } finally {
    await browser.close();
  }
  report('cold start of the browser host to login', summarize(samples.start), START_GOAL_MS);
  report('unlock to dashboard (after a clean close)', summarize(samples.vouched), UNLOCK_GOAL_MS);
  // No goal: the price of the whole-file check after a crash or on a copied folder, for scale.
  const checked = summarize(samples.checked);
  console.log(
    `${'unlock to dashboard (no record: whole-file check)'.padEnd(48)} runs=${checked.runs}  p50=${ms(checked.p50)}  p95=${ms(checked.p95)}  (for comparison, no goal)`,
  );
  const isMet = samples.rssMb < RSS_GOAL_MB;
  console.log(
    `${'host + core RSS after a tour of every screen'.padEnd(48)} ${samples.rssMb.toFixed(0)} MB  goal <${RSS_GOAL_MB} MB: ${isMet ? 'met' : 'MISSED'}`,
  );
  return isMet;
}
