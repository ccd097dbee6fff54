import os from 'node:os';
import path from 'node:path';

const APP_FOLDER = 'Circlekeeper';
/**
 * The vault lives in its own subfolder of the app's user-data folder: Electron keeps
 * Chromium's profile files there too, and a backup or restore must move the vault alone.
 */
export const VAULT_SUBFOLDER = 'data';

/** The OS user-data folder, the same one Electron's `app.getPath('userData')` gives. */
export function appUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), APP_FOLDER);
}

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const base = appUserDataDir(platform, env, home);
  return platform === 'win32'
    ? path.win32.join(base, VAULT_SUBFOLDER)
    : path.posix.join(base, VAULT_SUBFOLDER);
}

/** `--data-dir` wins, then `CIRCLEKEEPER_DATA_DIR`, then the OS user-data folder's vault. */
export function resolveDataDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit ?? env.CIRCLEKEEPER_DATA_DIR;
  return path.resolve(chosen && chosen.length > 0 ? chosen : defaultDataDir(process.platform, env));
}
