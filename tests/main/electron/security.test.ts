import path from 'node:path';
import {
  appResponseHeaders,
  createWindowOptions,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isCallInput,
  isKnownMethod,
  isTrustedSenderFrame,
  isTrustedSenderUrl,
  resolveAppFile,
  type FrameLike,
} from '../../../main/electron/security';

const BOUNDS = { x: 10, y: 20, width: 1280, height: 700 };

describe('window options', () => {
  const options = createWindowOptions({
    preloadPath: '/app/dist/electron/preload.cjs',
    bounds: BOUNDS,
    isDevToolsAllowed: false,
  });
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(web).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keeps the app offline and quiet: no spellchecker downloads, no drag-and-drop navigation', () => {
    expect(web).toMatchObject({ spellcheck: false, navigateOnDragDrop: false, safeDialogs: true });
  });

  it('closes DevTools in a packaged build and opens them only when allowed', () => {
    expect(web.devTools).toBe(false);
    const dev = createWindowOptions({ preloadPath: 'p', bounds: BOUNDS, isDevToolsAllowed: true });
    expect(dev.webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at the given bounds, with a minimum size that fits a 1366×768 screen', () => {
    expect(options).toMatchObject({ ...BOUNDS, show: false });
    expect(options.minWidth).toBeLessThanOrEqual(1366);
    // A taskbar leaves about 728 pixels of height on such a screen.
    expect(options.minHeight).toBeLessThanOrEqual(728);
  });
});

describe('responses on app://', () => {
  function directives(): Map<string, string> {
    const policy = appResponseHeaders('/r/index.html')['Content-Security-Policy'] ?? '';
    return new Map(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
  }

  it('carries a strict content security policy', () => {
    const csp = directives();
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe("'self' data:");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });

  it('allows no inline script, eval or remote source anywhere in the policy', () => {
    const policy = appResponseHeaders('/r/index.html')['Content-Security-Policy'] ?? '';
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('names the content type from the extension and forbids sniffing', () => {
    expect(appResponseHeaders('/r/index.html')['Content-Type']).toMatch(/^text\/html/);
    expect(appResponseHeaders('/r/assets/app.JS')['Content-Type']).toMatch(/^text\/javascript/);
    expect(appResponseHeaders('/r/assets/app.css')['Content-Type']).toMatch(/^text\/css/);
    expect(appResponseHeaders('/r/assets/logo.svg')['Content-Type']).toBe('image/svg+xml');
    expect(appResponseHeaders('/r/assets/blob.xyz')['Content-Type']).toBe(
      'application/octet-stream',
    );
    expect(appResponseHeaders('/r/index.html')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('files served on app://circlekeeper/', () => {
  const root = path.resolve('/srv/circlekeeper/renderer');
  const inRoot = (...parts: string[]) => path.join(root, ...parts);

  it('maps our origin to files of the renderer folder', () => {
    expect(resolveAppFile(root, 'app://circlekeeper/')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://circlekeeper/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://circlekeeper/assets/app-1a2b.js?v=2#top')).toBe(
      inRoot('assets', 'app-1a2b.js'),
    );
  });

  it.each([
    'app://circlekeeper/..%2f..%2fetc%2fpasswd',
    'app://circlekeeper/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://circlekeeper/..%5c..%5cwindows%5cwin.ini',
    'app://circlekeeper/..\\..\\windows\\win.ini',
    'app://circlekeeper/index.html%00.js',
    'app://circlekeeper/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it.each([
    'app://circlekeeper/../../etc/passwd',
    'app://circlekeeper/%2e%2e/%2e%2e/etc/passwd',
    'app://circlekeeper/.%2E/.%2e/etc/passwd',
    'app://circlekeeper//etc/passwd',
    'app://circlekeeper/%2fetc%2fpasswd',
    'app://circlekeeper/C:/Windows/win.ini',
    'app://circlekeeper/%252e%252e/secret',
  ])('never leaves the renderer folder for %s', (url) => {
    const file = resolveAppFile(root, url);
    if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://circlekeeper.example.org/index.html',
    'app://circlekeeper:8080/index.html',
    'app://someone@circlekeeper/index.html',
    'file:///srv/circlekeeper/renderer/index.html',
    'http://127.0.0.1:4000/index.html',
    'not a url',
  ])('serves nothing for another origin: %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('IPC senders', () => {
  it.each(['app://circlekeeper/', 'app://circlekeeper/index.html', 'app://circlekeeper/#/groups'])(
    'trusts our own page %s',
    (url) => {
      expect(isTrustedSenderUrl(url)).toBe(true);
    },
  );

  it.each([
    'file:///srv/circlekeeper/renderer/index.html',
    'http://127.0.0.1:4000/',
    'http://localhost:5173/',
    'https://circlekeeper.example.org/',
    'app://other/index.html',
    'app://circlekeeper.evil.example/',
    'app://someone:secret@circlekeeper/',
    'app://circlekeeper:1/',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    '',
  ])('does not trust %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  const mainFrame: FrameLike = {
    url: 'app://circlekeeper/index.html',
    parent: null,
    processId: 7,
    frameToken: 'main-token',
  };

  it('trusts the main frame of our window', () => {
    expect(isTrustedSenderFrame({ ...mainFrame }, mainFrame)).toBe(true);
  });

  it('does not trust a missing frame, a subframe or a frame of another window', () => {
    expect(isTrustedSenderFrame(null, mainFrame)).toBe(false);
    expect(isTrustedSenderFrame({ ...mainFrame, parent: mainFrame }, mainFrame)).toBe(false);
    expect(isTrustedSenderFrame({ ...mainFrame, frameToken: 'other' }, mainFrame)).toBe(false);
    expect(isTrustedSenderFrame({ ...mainFrame, processId: 8 }, mainFrame)).toBe(false);
  });

  it('does not trust our main frame once it shows a page from elsewhere', () => {
    expect(isTrustedSenderFrame({ ...mainFrame, url: 'https://example.org/' }, mainFrame)).toBe(
      false,
    );
  });
});

describe('navigation and requests', () => {
  it('allows only a reload of our index', () => {
    expect(isAllowedNavigation('app://circlekeeper/index.html')).toBe(true);
    expect(isAllowedNavigation('app://circlekeeper/')).toBe(true);
    expect(isAllowedNavigation('app://circlekeeper/index.html#/groups/3')).toBe(true);
  });

  it.each([
    'app://circlekeeper/assets/app.js',
    'app://other/index.html',
    'https://example.org/',
    'http://127.0.0.1:4000/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:someone@example.org',
    'garbage',
  ])('refuses navigation to %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('lets requests reach only our origin and inline data', () => {
    expect(isAllowedRequestUrl('app://circlekeeper/assets/app.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
  });

  it.each([
    'https://fonts.example.org/font.woff2',
    'http://127.0.0.1:4000/api/logIn',
    'ws://127.0.0.1:4000/',
    'file:///etc/passwd',
    'app://other/x.js',
    'ftp://example.org/',
  ])('blocks the request to %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});

describe('call messages', () => {
  it('knows the methods of the contract and nothing else', () => {
    expect(isKnownMethod('listGroups')).toBe(true);
    expect(isKnownMethod('lock')).toBe(true);
    for (const odd of ['ListGroups', 'constructor', '__proto__', 'toString', '', 42, null, {}]) {
      expect(isKnownMethod(odd)).toBe(false);
    }
  });

  it('accepts a plain object or nothing as input', () => {
    expect(isCallInput({ id: 3 })).toBe(true);
    expect(isCallInput(undefined)).toBe(true);
    expect(isCallInput(Object.create(null))).toBe(true);
  });

  it.each([
    ['an array', [1]],
    ['a string', 'x'],
    ['null', null],
    ['a number', 1],
    ['a Map', new Map([['id', 1]])],
    ['a Date', new Date(0)],
  ])('refuses %s as input', (_name, input) => {
    expect(isCallInput(input)).toBe(false);
  });
});
