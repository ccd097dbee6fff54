// Which data folder this launch uses. `--data-dir` and CIRCLEKEEPER_DATA_DIR work as in the CLI,
// so `npm start -- --data-dir X` opens the same folder in Electron and in the browser host.
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../data-dir';

function dataDirFlag(argv: readonly string[]): string | undefined {
  // Not strict: Chromium's own switches share the command line.
  const { values } = parseArgs({
    args: [...argv],
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const value = values['data-dir'];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The flag, then the environment, then Electron's own user-data folder. */
export function chooseDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  userDataDir: string,
): string {
  const flag = dataDirFlag(argv);
  return flag !== undefined || env.CIRCLEKEEPER_DATA_DIR ? resolveDataDir(flag, env) : userDataDir;
}
