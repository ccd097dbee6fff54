import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { apiError, type ApiResult } from '../../shared/api/errors';
import type { CoreCaller } from '../core/core-caller';
import {
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  MIME_TYPES,
  resolveStaticFile,
  SECURITY_HEADERS,
  tokensMatch,
} from './security';

export const TOKEN_HEADER = 'x-circlekeeper-token';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface WebHostOptions {
  core: CoreCaller;
  rendererDir: string;
  port?: number;
}

export interface WebHost {
  /** Open this in a browser: it carries the per-launch token. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly result: ApiResult<unknown>,
  ) {
    super('refused');
  }
}

const refuse = (status: number, code: 'FORBIDDEN' | 'VALIDATION_FAILED' | 'UNKNOWN_METHOD') =>
  new RequestRefused(status, { ok: false, error: apiError(code, `errors.${code}`) });

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw refuse(413, 'VALIDATION_FAILED');
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  const text = body.toString('utf8');
  // The raw bytes may hold records: wipe them rather than leave them in freed memory.
  for (const buffer of [body, ...chunks]) buffer.fill(0);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refuse(400, 'VALIDATION_FAILED');
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The browser host: the built renderer and `POST /api/<method>` on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (req.method !== 'POST') throw refuse(405, 'UNKNOWN_METHOD');
    if (!isAllowedOrigin(header(req, 'origin'), port)) throw refuse(403, 'FORBIDDEN');
    if (!isAllowedFetchSite(header(req, 'sec-fetch-site'))) throw refuse(403, 'FORBIDDEN');
    if (!tokensMatch(header(req, TOKEN_HEADER), token)) throw refuse(403, 'FORBIDDEN');
    // A JSON content type cannot be sent by a plain HTML form, which closes off CSRF by form.
    if (!header(req, 'content-type')?.startsWith('application/json')) {
      throw refuse(415, 'VALIDATION_FAILED');
    }
    const input = await readJsonBody(req);
    sendJson(res, 200, await options.core.call(method, input));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw refuse(405, 'UNKNOWN_METHOD');
    const file = resolveStaticFile(options.rendererDir, pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    try {
      const body = await readFile(file);
      send(res, 200, body, MIME_TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    }
  }

  const server = http.createServer((req, res) => {
    const handle = async () => {
      if (!isAllowedHost(header(req, 'host'), port)) throw refuse(403, 'FORBIDDEN');
      const pathname = (req.url ?? '/').split('?')[0] ?? '/';
      const apiMatch = /^\/api\/([A-Za-z]{1,64})$/.exec(pathname);
      if (apiMatch?.[1]) return handleApi(req, res, apiMatch[1]);
      if (pathname.startsWith('/api/')) throw refuse(404, 'UNKNOWN_METHOD');
      return handleStatic(req, res, pathname);
    };
    handle().catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      // A refused request may have left its body unread: never reuse that connection.
      res.shouldKeepAlive = false;
      if (error instanceof RequestRefused) return sendJson(res, error.status, error.result);
      console.error(`circlekeeper: web host request failed (${(error as Error).name})`);
      sendJson(res, 500, { ok: false, error: apiError('INTERNAL', 'errors.INTERNAL') });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
