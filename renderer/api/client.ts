// The renderer's one door to the core: `call(method, input)`, typed from the shared contract.
// The host picks the transport (Electron preload or loopback HTTP); feature code never knows.
import {
  SESSION_ENDING_METHODS,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../shared/api/contract';
import type { CirclekeeperBridge } from '../../shared/api/bridge';
import type { ApiError, ApiResult } from '../../shared/api/errors';
import {
  forgetSessionToken,
  hostHeaders,
  keepSessionAlive,
  noteSessionToken,
} from './browser-session';

type Transport = CirclekeeperBridge['call'];

declare global {
  interface Window {
    /** Set by the Electron preload through contextBridge. */
    circlekeeper?: CirclekeeperBridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.messageKey);
    this.name = 'ApiCallError';
  }

  get code(): ApiError['code'] {
    return this.error.code;
  }
}

const NETWORK_ERROR: ApiError = { code: 'INTERNAL', messageKey: 'errors.NETWORK' };
/** The host stopped the session (lock, sign-out, gone silent) or restarted since this page. */
const SESSION_LOST_CODES: readonly ApiError['code'][] = [
  'LOCKED',
  'NOT_AUTHENTICATED',
  'STALE_ADDRESS',
  /** The signed-in account was disabled: the core ended its session. */
  'ACCOUNT_DISABLED',
];

const isSessionLost = (result: ApiResult<unknown>) =>
  !result.ok && SESSION_LOST_CODES.includes(result.error.code);

const httpTransport: Transport = async (method, input) => {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: hostHeaders(),
      body: JSON.stringify(input ?? {}),
    });
    noteSessionToken(response);
    const result = (await response.json()) as ApiResult<unknown>;
    if (SESSION_ENDING_METHODS.has(method) || isSessionLost(result)) forgetSessionToken();
    return result;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
};

function transport(): Transport {
  const bridge = window.circlekeeper;
  return bridge ? (method, input) => bridge.call(method, input) : httpTransport;
}

type SessionLostListener = (error: ApiError) => void;
const sessionLostListeners = new Set<SessionLostListener>();
const announceSessionLost = (error: ApiError) =>
  sessionLostListeners.forEach((listener) => listener(error));

/**
 * Called whenever the session is gone: locked or signed out (here, elsewhere or when idle),
 * or, in the browser, the host no longer knows this page's address (it was started again).
 */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  let result: ApiResult<unknown>;
  try {
    result = await transport()(method, input);
  } catch {
    result = { ok: false, error: NETWORK_ERROR };
  }
  if (result.ok) return result.value as MethodOutput<M>;
  if (isSessionLost(result)) announceSessionLost(result.error);
  throw new ApiCallError(result.error);
}

/**
 * While this page holds a session, the browser host must hear from it now and then, or it
 * takes the tab for closed and signs out. The Electron window needs nothing of the sort.
 */
export function keepSignedInPageAlive(): () => void {
  if (window.circlekeeper) return () => undefined;
  return keepSessionAlive(() =>
    announceSessionLost({ code: 'NOT_AUTHENTICATED', messageKey: 'errors.NOT_AUTHENTICATED' }),
  );
}
