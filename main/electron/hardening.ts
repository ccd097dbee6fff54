// Applies the rules of security.ts to Electron (DESIGN.md §4): no new windows, no navigation,
// no webviews, no permissions, no downloads, no request that leaves our own origin.
import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequestUrl } from './security';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  // Files leave the app only through main-process features that choose where they go.
  session.on('will-download', (event) => event.preventDefault());
}

/** For every webContents, including any the page might manage to create. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  // Subframe navigations do not raise 'will-navigate'.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
