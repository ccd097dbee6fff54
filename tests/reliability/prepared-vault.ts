// A data folder set up through the real CLI, copied for each scenario so that each starts alike.
import path from 'node:path';
import { databaseKeyOf } from '../support/raw-database';
import { ADMIN, runCli } from './product';

export interface PreparedVault {
  dir: string;
  /** The database key, unwrapped once, for raw looks from outside the product. */
  key: Buffer;
}

/** `circlekeeper init` on a new folder under `parent`; returns the folder. */
export async function initDataDir(parent: string, name: string): Promise<string> {
  const dir = path.join(parent, name);
  const init = await runCli(
    ['init', '--data-dir', dir, '--org', 'Reliability Centre', '--admin', ADMIN.username],
    // Piped passwords are read a line at a time; a second line answers a confirmation prompt.
    `${ADMIN.password}\n${ADMIN.password}\n`,
  );
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr.trim()}`);
  return dir;
}

/** `circlekeeper init` then `demo-data` (small) on a new folder under `parent`. */
export async function prepareVault(parent: string, name: string): Promise<PreparedVault> {
  const dir = await initDataDir(parent, name);
  const demo = await runCli(
    ['demo-data', '--data-dir', dir, '--admin', ADMIN.username],
    `${ADMIN.password}\n`,
  );
  if (demo.code !== 0) throw new Error(`demo-data failed: ${demo.stderr.trim()}`);
  return { dir, key: await databaseKeyOf(dir, ADMIN.username, ADMIN.password) };
}
