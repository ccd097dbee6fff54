import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  api,
  isMethodName,
  SESSION_ENDING_METHODS,
  SIGN_IN_METHODS,
} from '../../shared/api/contract';
import { apiError, type ApiResult, type ErrorCode } from '../../shared/api/errors';
import type { VaultStatus } from '../../shared/domain/vault';
import { callPacked, type CoreCaller, type PackedResult } from '../core/core-caller';
import { unpackValue } from '../core/worker-protocol';
import { HTTP_LIMITS, type HttpLimits } from './http-limits';
import { PAGE_SESSION_RULES, PageSession, type PageSessionRules } from './page-session';
import {
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  MIME_TYPES,
  resolveStaticFile,
  SECURITY_HEADERS,
  tokensMatch,
} from './security';

/** The per-launch token from the printed address: enough for the public, pre-sign-in calls. */
export const TOKEN_HEADER = 'x-circlekeeper-token';
/** The session token: sent back on a successful sign-in, needed by every other call. */
export const SESSION_HEADER = 'x-circlekeeper-session';
/** A random id per page load, so a reloaded page's late goodbye is not taken for a close. */
export const PAGE_HEADER = 'x-circlekeeper-page';
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const SWEEP_EVERY_MS = 1_000;

export interface WebHostOptions {
  core: CoreCaller;
  rendererDir: string;
  port?: number;
  /** Tests shorten these; production leaves the defaults. */
  limits?: Partial<HttpLimits>;
  sessionRules?: PageSessionRules;
  now?: () => number;
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

type RefusalCode = Extract<
  ErrorCode,
  'FORBIDDEN' | 'VALIDATION_FAILED' | 'UNKNOWN_METHOD' | 'NOT_AUTHENTICATED' | 'STALE_ADDRESS'
>;

const refuse = (status: number, code: RefusalCode) =>
  new RequestRefused(status, { ok: false, error: apiError(code, `errors.${code}`) });

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type: string,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': type,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  extraHeaders?: Record<string, string>,
): void {
  send(res, status, JSON.stringify(value), JSON_TYPE, extraHeaders);
}

/** JSON the core wrote, sent as it is; the bytes may hold records and are zeroed once sent. */
function sendJsonBytes(
  res: ServerResponse,
  json: Uint8Array<ArrayBuffer>,
  extraHeaders: Record<string, string>,
): void {
  const zero = () => json.fill(0);
  // Once sent; or, if the page went away first, once the response is given up.
  res.once('finish', zero);
  res.once('close', zero);
  send(res, 200, json, JSON_TYPE, extraHeaders);
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

function pageIdOf(req: IncomingMessage): string {
  const value = header(req, PAGE_HEADER) ?? '';
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : '';
}

/** What a page that is not signed in may learn: whether the app is set up, and nothing more. */
function withoutSession(result: ApiResult<unknown>): ApiResult<unknown> {
  if (!result.ok) return result;
  const status = result.value as VaultStatus;
  const hidden: VaultStatus = { ...status, isUnlocked: false, user: null, idleLockMinutes: null };
  return { ok: true, value: hidden };
}

const isSessionGone = (result: PackedResult) =>
  !result.ok && ['LOCKED', 'NOT_AUTHENTICATED', 'ACCOUNT_DISABLED'].includes(result.error.code);

/** The browser host: the built renderer and `POST /api/<method>` on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const limits = { ...HTTP_LIMITS, ...options.limits };
  const session = new PageSession(options.sessionRules ?? PAGE_SESSION_RULES, options.now);
  const { core } = options;
  let port = 0;
  // Ending a session signs the core out; a call that follows waits for that to be done.
  let ending: Promise<unknown> = Promise.resolve();

  function endSession(): void {
    if (session.end()) ending = ending.then(() => core.call('logOut', {}));
  }

  async function settleSession(): Promise<void> {
    if (session.isDue()) endSession();
    await ending;
  }

  /** What every API and session request must show before its body is even read. */
  async function readCheckedBody(req: IncomingMessage): Promise<unknown> {
    if (req.method !== 'POST') throw refuse(405, 'UNKNOWN_METHOD');
    if (!isAllowedOrigin(header(req, 'origin'), port)) throw refuse(403, 'FORBIDDEN');
    if (!isAllowedFetchSite(header(req, 'sec-fetch-site'))) throw refuse(403, 'FORBIDDEN');
    if (!tokensMatch(header(req, TOKEN_HEADER), token)) throw refuse(403, 'STALE_ADDRESS');
    if (!isJsonContentType(header(req, 'content-type'))) throw refuse(415, 'VALIDATION_FAILED');
    const input = await readJsonBody(req);
    await settleSession();
    return input;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    const input = await readCheckedBody(req);
    const pageId = pageIdOf(req);
    const isSignedIn = session.confirm(header(req, SESSION_HEADER), pageId);
    if (!isSignedIn && isMethodName(method) && api[method].access !== 'public') {
      throw refuse(401, 'NOT_AUTHENTICATED');
    }
    // A success comes back as the JSON the core wrote and goes out as it is, unread here.
    const result = await callPacked(core, method, input);
    const extraHeaders: Record<string, string> = {};
    if (SESSION_ENDING_METHODS.has(method) || (isSignedIn && isSessionGone(result))) {
      // Locked or signed out (here, or by the core's own idle lock): the token dies now.
      session.end();
    } else if (SIGN_IN_METHODS.has(method) && result.ok) {
      extraHeaders[SESSION_HEADER] = session.start(pageId);
    }
    if (!result.ok) return sendJson(res, 200, result, extraHeaders);
    if (method === 'getVaultStatus' && !isSignedIn) {
      const status = unpackValue<ApiResult<unknown>>(result.json);
      return sendJson(res, 200, withoutSession(status), extraHeaders);
    }
    sendJsonBytes(res, result.json, extraHeaders);
  }

  /** `heartbeat`: the signed-in page is still open. `leave`: it is going (closed or reloaded). */
  async function handleSession(req: IncomingMessage, res: ServerResponse, action: string) {
    await readCheckedBody(req);
    const given = header(req, SESSION_HEADER);
    const pageId = pageIdOf(req);
    if (action === 'leave') {
      if (!session.leave(given, pageId)) throw refuse(401, 'NOT_AUTHENTICATED');
      return sendJson(res, 200, { ok: true, value: null });
    }
    if (!session.confirm(given, pageId)) throw refuse(401, 'NOT_AUTHENTICATED');
    // The core may have locked itself when idle: the page then hears so within one heartbeat.
    const status = await core.call('getVaultStatus', {});
    if (status.ok && !(status.value as VaultStatus).isUnlocked) {
      session.end();
      throw refuse(401, 'NOT_AUTHENTICATED');
    }
    sendJson(res, 200, { ok: true, value: null });
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

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
    },
    (req, res) => {
      const handle = async () => {
        if (!isAllowedHost(header(req, 'host'), port)) throw refuse(403, 'FORBIDDEN');
        const pathname = (req.url ?? '/').split('?')[0] ?? '/';
        const apiMatch = /^\/api\/([A-Za-z]{1,64})$/.exec(pathname);
        if (apiMatch?.[1]) return handleApi(req, res, apiMatch[1]);
        const sessionMatch = /^\/session\/(heartbeat|leave)$/.exec(pathname);
        if (sessionMatch?.[1]) return handleSession(req, res, sessionMatch[1]);
        if (pathname.startsWith('/api/') || pathname.startsWith('/session/')) {
          throw refuse(404, 'UNKNOWN_METHOD');
        }
        return handleStatic(req, res, pathname);
      };
      handle().catch((error: unknown) => {
        // Nothing to answer: already answering, or the client (or a timeout) cut the request.
        if (res.headersSent || !res.socket || res.socket.destroyed) return res.destroy();
        // A refused request may have left its body unread: never reuse that connection.
        res.shouldKeepAlive = false;
        if (error instanceof RequestRefused) return sendJson(res, error.status, error.result);
        console.error(`circlekeeper: web host request failed (${(error as Error).name})`);
        sendJson(res, 500, { ok: false, error: apiError('INTERNAL', 'errors.INTERNAL') });
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // A closed tab, or a page gone silent, signs out without waiting for anyone's next call.
  const sweep = setInterval(() => void settleSession(), SWEEP_EVERY_MS);
  sweep.unref();

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
        clearInterval(sweep);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
