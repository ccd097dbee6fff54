// What the IPC handler answers. It never throws: the renderer always gets an ApiResult.
import { apiError, type ApiResult, type ErrorCode } from '../../shared/api/errors';
import type { CoreCaller } from '../core/core-caller';
import { isCallInput, isKnownMethod } from './security';

export function refusal(code: ErrorCode): ApiResult<never> {
  return { ok: false, error: apiError(code, `errors.${code}`) };
}

export async function relayCall(
  core: CoreCaller,
  method: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (!isKnownMethod(method)) return refusal('UNKNOWN_METHOD');
  if (!isCallInput(input)) return refusal('VALIDATION_FAILED');
  try {
    return await core.call(method, input);
  } catch {
    return refusal('INTERNAL');
  }
}
