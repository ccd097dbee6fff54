// `npm start` (after the build): opens Circlekeeper in Electron where its binary is installed,
// otherwise in the browser host, so the app opens on every PC. Extra arguments
// (`npm start -- --data-dir X`) are passed on to whichever host runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extraArgs = process.argv.slice(2);
const URL_PREFIX = 'http://127.0.0.1:';

/**
 * The binary the `electron` package would run, or null when it is not there. This mirrors the
 * package's own lookup (path.txt under dist/, or ELECTRON_OVERRIDE_DIST_PATH) because
 * requiring 'electron' from Node starts a download when the binary is missing.
 */
function findElectronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary = null;
  if (override) binary = path.join(override, relative || 'electron');
  else if (relative) binary = path.join(packageDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : null;
}

/** Best effort: if no opener works, the address printed by the host is enough. */
function openInBrowser(url) {
  const [command, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : [process.platform === 'darwin' ? 'open' : 'xdg-open', [url]];
  const opener = spawn(command, args, { stdio: 'ignore', detached: true });
  opener.on('error', () => {});
  opener.unref();
}

function startBrowserHost() {
  console.log(
    'Electron is not installed on this computer, so Circlekeeper opens in your web browser instead.',
  );
  const cli = path.join(root, 'dist', 'main', 'cli.js');
  const child = spawn(process.execPath, [cli, 'serve', ...extraArgs], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let isOpened = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    process.stdout.write(`${line}\n`);
    if (!isOpened && line.startsWith(URL_PREFIX)) {
      isOpened = true;
      openInBrowser(line.trim());
    }
  });
  return child;
}

function startElectron(binary) {
  return spawn(binary, [root, ...extraArgs], { stdio: 'inherit', windowsHide: false });
}

const binary = findElectronBinary();
const child = binary ? startElectron(binary) : startBrowserHost();

// Ctrl+C reaches the whole process group, the child included: it shuts itself down (closing
// the database) and this script then exits with it. Forwarding SIGINT as well would deliver it
// twice and cut that shutdown short, so only signals sent to this script alone are forwarded.
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Circlekeeper could not start: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
