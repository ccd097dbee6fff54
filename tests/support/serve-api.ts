import type { ApiResult } from '../../shared/api/errors';
import { SESSION_HEADER, TOKEN_HEADER } from '../../main/web/server';
import { rawRequest } from './http';

export type ServeApiCall = (method: string, input?: unknown) => Promise<ApiResult<unknown>>;

/**
 * Calls a running browser host the way its page does: the launch token on every call, and the
 * session token that a successful sign-in hands back on every call after it.
 */
export function serveApi(origin: string, launchToken: string): ServeApiCall {
  let sessionToken: string | null = null;
  return async (method, input = {}) => {
    const response = await rawRequest(`${origin}/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin,
        [TOKEN_HEADER]: launchToken,
        ...(sessionToken ? { [SESSION_HEADER]: sessionToken } : {}),
      },
      body: JSON.stringify(input),
    });
    const issued = response.headers[SESSION_HEADER];
    if (typeof issued === 'string') sessionToken = issued;
    return JSON.parse(response.body) as ApiResult<unknown>;
  };
}
