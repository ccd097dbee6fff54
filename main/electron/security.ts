// The Electron host's security rules as plain functions (DESIGN.md §4), so they are unit-tested
// without an Electron binary. Only types come from 'electron' here; main.ts applies the rules.
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { isMethodName, type MethodName } from '../../shared/api/contract';
import { MIME_TYPES, resolveStaticFile, SECURITY_HEADERS } from '../web/security';
import { isAppUrl, parseUrl } from './app-origin';
import { MIN_WINDOW_SIZE, type Rect } from './window-bounds';

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: Rect;
  /** Development builds only: DevTools can read everything the page shows. */
  isDevToolsAllowed: boolean;
}

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Circlekeeper',
    // Shown on 'ready-to-show', so nobody sees a blank white flash on an old PC.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spellchecker downloads dictionaries from Google: the app stays offline.
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      devTools: input.isDevToolsAllowed,
    },
  };
}

/** Headers for every file served on app://: the same CSP and hardening as the browser host. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
  };
}

/** Maps app://circlekeeper/<path> to a file inside `rendererRoot`; null for anything else. */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || !isAppUrl(url)) return null;
  return resolveStaticFile(rendererRoot, url.pathname);
}

/** An IPC message is only trusted from a page of our own origin. */
export function isTrustedSenderUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppUrl(parsed);
}

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  url: string;
  parent: unknown;
  processId: number;
  frameToken: string;
}

/**
 * Only the main frame of our window may call the API: not a subframe (the CSP allows no
 * foreign frames, and this holds even if that ever fails), not another window or webContents.
 */
export function isTrustedSenderFrame(frame: FrameLike | null, mainFrame: FrameLike): boolean {
  return (
    frame !== null &&
    frame.parent === null &&
    frame.processId === mainFrame.processId &&
    frame.frameToken === mainFrame.frameToken &&
    isTrustedSenderUrl(frame.url)
  );
}

/** The page never navigates (the router uses the hash); only a reload of our index is allowed. */
export function isAllowedNavigation(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    isAppUrl(parsed) &&
    (parsed.pathname === '/' || parsed.pathname === '/index.html')
  );
}

/**
 * No remote content: every request stays on our origin. data: images are inline; devtools: is
 * Chromium's built-in DevTools, which only development builds can open.
 */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (isAppUrl(parsed) || parsed.protocol === 'data:' || parsed.protocol === 'devtools:')
  );
}

export function isKnownMethod(method: unknown): method is MethodName {
  return typeof method === 'string' && isMethodName(method);
}

/**
 * Every method takes an object (or nothing). Anything else is refused at the door, before it
 * crosses into the core's thread; the core's schemas check the fields.
 */
export function isCallInput(input: unknown): boolean {
  if (input === undefined) return true;
  if (typeof input !== 'object' || input === null) return false;
  const prototype: unknown = Object.getPrototypeOf(input);
  return prototype === Object.prototype || prototype === null;
}
