import type { ApiResult } from '../../shared/api/errors';

/**
 * What a host needs from the core: relay `call(method, input)` and get a result value back.
 * Implemented by the worker client (production) and by the in-process Core (tests).
 */
export interface CoreCaller {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
}
