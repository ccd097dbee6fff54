// Serves the built renderer on app://circlekeeper/ from one folder and nothing else.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web/security';
import { APP_SCHEME } from './app-origin';
import { appResponseHeaders, resolveAppFile } from './security';

/** Must run before 'ready'. `standard` gives the page a real origin; `secure` a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export function serveAppFiles(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? resolveAppFile(rendererRoot, request.url) : null;
    if (!file) return notFound();
    try {
      return new Response(await readFile(file), { headers: appResponseHeaders(file) });
    } catch {
      return notFound();
    }
  });
}
