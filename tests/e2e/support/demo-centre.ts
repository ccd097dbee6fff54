import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { Core } from '../../../main/core/core';
import { loadDemoCentre } from '../../../main/demo/load-centre';
import { ROOT, runCli, type CliResult } from '../../support/cli';
import { TEST_SCRYPT } from '../../support/temp-core';

export const DEMO_ADMIN = 'manager';
export const DEMO_PASSWORD = 'lantern-meadow-58';

/** Fails (test or global setup alike: no `expect` there) with what the CLI said. */
function mustSucceed(result: CliResult, command: string): CliResult {
  if (result.code !== 0) {
    throw new Error(`circlekeeper ${command} exited with ${result.code}: ${result.stderr}`);
  }
  return result;
}

/** Calls a method of an in-process core and returns its value; a refusal throws. */
export type Caller = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;

/** Runs `use` with a core on `dataDir` in this process, then closes it. */
export async function withTestCore<T>(
  dataDir: string,
  use: (call: Caller, core: Core) => Promise<T>,
): Promise<T> {
  // Test-only scrypt cost for the slots made here: the tests that set a password through the app
  // (first run, user accounts) and the CLI ones still derive keys at the production cost.
  const core = new Core({ dataDir, scrypt: TEST_SCRYPT, isIdleLockTimerOn: false });
  const call: Caller = async (method, input) => {
    const result = await core.call(method, input);
    if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  try {
    return await use(call, core);
  } finally {
    await core.close();
  }
}

/**
 * The centre `circlekeeper init` makes (same organisation, administrator, language and the
 * computer's time zone), set up in this process with cheap key slots. For tests not about `init`.
 */
export async function createCentre(dataDir: string, password = DEMO_PASSWORD): Promise<void> {
  await withTestCore(dataDir, (call) =>
    call('setUpVault', {
      organisationName: 'Harbour Community Centre',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      language: 'en',
      admin: { username: DEMO_ADMIN, displayName: DEMO_ADMIN, password },
    }),
  );
}

/** `circlekeeper init` as IT staff run it for a new centre (it asks for the password twice). */
export async function initCentre(dataDir: string, password = DEMO_PASSWORD): Promise<CliResult> {
  const init = await runCli(
    ['init', '--data-dir', dataDir, '--org', 'Harbour Community Centre', '--admin', DEMO_ADMIN],
    `${password}\n${password}\n`,
  );
  return mustSucceed(init, 'init');
}

/** `circlekeeper demo-data --size small` as the centre's administrator. */
export async function addDemoData(dataDir: string, password = DEMO_PASSWORD): Promise<void> {
  const demo = await runCli(
    ['demo-data', '--data-dir', dataDir, '--size', 'small', '--admin', DEMO_ADMIN],
    `${password}\n`,
  );
  mustSucceed(demo, 'demo-data');
}

/** The demo centre every run builds once (global-setup.ts); files start from copies of it. */
export const DEMO_TEMPLATE_DIR = path.join(ROOT, 'test-results', 'e2e-demo-centre');

/**
 * What `init` then `demo-data --size small` make, loaded by the same code in this process with
 * cheap key slots (demo-data.e2e.ts runs the two commands themselves).
 */
export async function buildDemoCentreTemplate(): Promise<void> {
  await createCentre(DEMO_TEMPLATE_DIR);
  await withTestCore(DEMO_TEMPLATE_DIR, async (call, core) => {
    const account = { username: DEMO_ADMIN, password: DEMO_PASSWORD };
    await call('logIn', account);
    await loadDemoCentre(core, call, 'small', account);
  });
}

/**
 * A centre as `init` and the small demo data make it: a copy of the run's demo centre, as if its
 * folder had been moved to this PC. The lock file stays behind: it belongs to the process that
 * held the folder.
 */
export async function prepareDemoCentre(dataDir: string): Promise<void> {
  if (!existsSync(path.join(DEMO_TEMPLATE_DIR, 'keyslots.json'))) await buildDemoCentreTemplate();
  cpSync(DEMO_TEMPLATE_DIR, dataDir, {
    recursive: true,
    filter: (source) => path.basename(source) !== 'circlekeeper.lock',
  });
}

/** Signs `account` in at `url` and waits for the dashboard. */
export async function signIn(
  page: Page,
  url: string,
  account: { username: string; password: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** Signs the demo administrator in at `url` and waits for the dashboard. */
export async function signInToDemo(page: Page, url: string): Promise<void> {
  await signIn(page, url, { username: DEMO_ADMIN, password: DEMO_PASSWORD });
}

/**
 * Opens `url` in a page of another context (a second window) and signs the demo administrator
 * in only if it asks: the browser host's session may outlive the other context.
 */
export async function openSignedInAsDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const dashboard = page.getByRole('heading', { level: 1, name: 'Dashboard' });
  await page.getByLabel('Username').or(dashboard).waitFor();
  if (!(await dashboard.isVisible())) await signInToDemo(page, url);
}
