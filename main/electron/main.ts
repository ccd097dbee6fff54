// The Electron entry: one hardened window on app://circlekeeper/ and one IPC channel that relays
// calls to the core worker, which alone holds the database (DESIGN.md §2).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { languageOfLocale } from '../../shared/domain/fields';
import { translate } from '../../shared/i18n';
import { AppError } from '../app-error';
import { keepMemoryOutOfCoreDumps } from '../core-dumps';
import { startCoreWorker } from '../core/client';
import { VAULT_SUBFOLDER } from '../data-dir';
import type { CoreCaller } from '../core/core-caller';
import { APP_INDEX_URL } from './app-origin';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { refusal, relayCall } from './call-relay';
import { CALL_CHANNEL, OPEN_EXTERNAL_CHANNEL } from './channels';
import { openExternalLink } from './external-links';
import { hardenSession, hardenWebContents } from './hardening';
import { chooseDataDir } from './launch-options';
import { buildMenuTemplate } from './menu';
import { handlePrintDoors } from './print-ipc';
import { createWindowOptions, isTrustedSenderFrame } from './security';
import { loadWindowState, rememberWindowState } from './window-state';

const fromHere = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const RENDERER_ROOT = fromHere('../renderer/');
const PRELOAD_PATH = fromHere('./preload.cjs');
const WORKER_PATH = fromHere('../main/core-worker.js');
/** A wedged worker must not keep a windowless app alive; the store survives a hard stop. */
const CORE_CLOSE_TIMEOUT_MS = 10_000;

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const state = loadWindowState();
  const win = new BrowserWindow(
    createWindowOptions({
      preloadPath: PRELOAD_PATH,
      bounds: state.bounds,
      isDevToolsAllowed: !app.isPackaged,
    }),
  );
  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  rememberWindowState(win);
  win.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    // A load cut short by a reload (the lock on suspend) is not a failure.
    if ((error as { code?: string }).code === 'ERR_ABORTED') return;
    // Only a damaged install gets here; a hidden window would leave the app running unseen.
    dialog.showErrorBox(
      'Circlekeeper',
      'Circlekeeper could not open its window. Please reinstall it.',
    );
    app.quit();
  });
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function isFromMainWindow(event: IpcMainInvokeEvent): boolean {
  const win = mainWindow;
  // A call can arrive while the window is closing: its webContents may already be gone.
  return (
    !!win &&
    !win.isDestroyed() &&
    isTrustedSenderFrame(event.senderFrame, win.webContents.mainFrame)
  );
}

function relayFromMainWindow(core: CoreCaller): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) =>
    isFromMainWindow(event) ? relayCall(core, method, input) : refusal('FORBIDDEN'),
  );
  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, (event, url: unknown) =>
    isFromMainWindow(event) ? openExternalLink(url, (link) => shell.openExternal(link)) : false,
  );
  handlePrintDoors({ trustedWindow: (event) => (isFromMainWindow(event) ? mainWindow : null) });
}

/**
 * Suspend or a locked screen means the person has walked away: drop the key now. The page is
 * reloaded so nothing it was showing survives the lock; it comes back at the sign-in screen.
 * ('lock-screen' is raised on Windows and macOS; Linux only reports suspend.)
 */
function lockOnLeave(core: CoreCaller): void {
  const lockNow = () => {
    void core.call('lock', {}).then((result) => {
      if (result.ok) mainWindow?.webContents.reload();
    });
  };
  powerMonitor.on('suspend', lockNow);
  powerMonitor.on('lock-screen', lockNow);
}

function closeCoreBeforeQuit(core: CoreCaller): void {
  let isCoreClosed = false;
  app.on('will-quit', (event) => {
    if (isCoreClosed) return;
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CORE_CLOSE_TIMEOUT_MS));
    void Promise.race([core.close(), timeout]).finally(() => {
      isCoreClosed = true;
      app.quit();
    });
  });
}

function start(): void {
  const dataDir = chooseDataDir(
    process.argv.slice(1),
    process.env,
    path.join(app.getPath('userData'), VAULT_SUBFOLDER),
  );
  let core: CoreCaller;
  try {
    core = startCoreWorker({ dataDir, workerPath: WORKER_PATH });
  } catch (error) {
    // Another Circlekeeper (a `serve` or another install) holds this data folder.
    if (!(error instanceof AppError)) throw error;
    void app.whenReady().then(() => {
      const language = languageOfLocale(app.getLocale());
      dialog.showErrorBox('Circlekeeper', translate(language, error.messageKey, error.params));
      app.quit();
    });
    return;
  }

  // The worker starts with the first call: asked now, it loads while the window opens.
  void core.call('getVaultStatus', {});

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', focusMainWindow);
  // One window is the whole app: closing it quits (on macOS too), which closes the database.
  app.on('window-all-closed', () => app.quit());
  relayFromMainWindow(core);
  closeCoreBeforeQuit(core);

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveAppFiles(RENDERER_ROOT);
    const isMac = process.platform === 'darwin';
    const menu = buildMenuTemplate({ isMac, isDevToolsAllowed: !app.isPackaged });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
    lockOnLeave(core);
    mainWindow = createMainWindow();
  });
}

keepMemoryOutOfCoreDumps();
// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

// A second launch (a double-click while the app is open) focuses the first window instead of
// opening the same database twice.
if (app.requestSingleInstanceLock()) start();
else app.quit();
