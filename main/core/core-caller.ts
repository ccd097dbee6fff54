import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

/**
 * What a host needs from the core: relay `call(method, input)` and get a result value back.
 * Implemented by the worker client (production) and by the in-process Core (tests).
 */
export interface CoreCaller {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
}

/** A typed caller that returns the value or throws: what scripts (CLI, benchmark) build on. */
export type ApiCall = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;
