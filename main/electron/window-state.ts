// Remembers where the window was, in electron-store. It holds window bounds only: everything
// else lives in the encrypted database, and the renderer keeps its pre-login language itself.
// No electron-store encryption: a failed decryption wipes the file, and bounds are not secret.
import { screen, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { readWindowState, type WindowState } from './window-bounds';

const KEY = 'window';
let store: Store | null = null;

function openStore(): Store {
  // A damaged file is cleared rather than stopping the app from opening.
  store ??= new Store({ name: 'window-state', clearInvalidConfig: true });
  return store;
}

/** Call after 'ready': the displays are only known then. */
export function loadWindowState(): WindowState {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  let stored: unknown;
  try {
    stored = openStore().get(KEY);
  } catch {
    // An unreadable file (permissions, full disk) only costs the saved position.
    stored = undefined;
  }
  return readWindowState(stored, workAreas, primary);
}

export function rememberWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const state: WindowState = {
      // The size to restore to, even while maximized.
      bounds: window.getNormalBounds(),
      isMaximized: window.isMaximized(),
    };
    try {
      openStore().set(KEY, state);
    } catch {
      // Not being able to save a window position must never stop the app from closing.
    }
  });
}
