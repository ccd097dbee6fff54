// The renderer's one door to the core: `call(method, input)`, typed from the shared contract.
// The host picks the transport (Electron preload or loopback HTTP); feature code never knows.
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { CirclekeeperBridge } from '../../shared/api/bridge';
import type { ApiError, ApiResult } from '../../shared/api/errors';

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

const TOKEN_STORAGE_KEY = 'circlekeeper.token';
const NETWORK_ERROR: ApiError = { code: 'INTERNAL', messageKey: 'errors.NETWORK' };

/**
 * The browser host hands the per-launch token over once, in the page address. Keep it for this
 * tab only and take it out of the address bar so it is not bookmarked or shown on screen.
 */
export function captureToken(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.toString());
}

const httpTransport: Transport = async (method, input) => {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Circlekeeper-Token': sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '',
      },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
};

function transport(): Transport {
  const bridge = window.circlekeeper;
  return bridge ? (method, input) => bridge.call(method, input) : httpTransport;
}

type SessionLostListener = () => void;
const sessionLostListeners = new Set<SessionLostListener>();

/** Called whenever the core says the session is gone (locked or signed out elsewhere). */
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
  if (result.error.code === 'LOCKED' || result.error.code === 'NOT_AUTHENTICATED') {
    sessionLostListeners.forEach((listener) => listener());
  }
  throw new ApiCallError(result.error);
}
