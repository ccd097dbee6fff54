import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { packValue } from './worker-protocol';

/**
 * A result as a host sends it on: a success as the JSON bytes of the whole result, not read
 * into objects; a failure (small, and the host looks at its code) as the result itself.
 */
export type PackedResult =
  { ok: true; json: Uint8Array<ArrayBuffer> } | Extract<ApiResult<unknown>, { ok: false }>;

/**
 * What a host needs from the core: relay `call(method, input)` and get a result value back.
 * Implemented by the worker client (production) and by the in-process Core (tests).
 */
export interface CoreCaller {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /**
   * The same call, its success left as the bytes the core wrote: a host that only passes the
   * answer on (the browser host) neither reads nor writes it again. The worker client has it.
   */
  callPacked?(method: string, input: unknown): Promise<PackedResult>;
  close(): Promise<void>;
}

/** `core.callPacked`, or `core.call` with its success packed here. */
export async function callPacked(
  core: CoreCaller,
  method: string,
  input: unknown,
): Promise<PackedResult> {
  if (core.callPacked) return core.callPacked(method, input);
  const result = await core.call(method, input);
  return result.ok ? { ok: true, json: packValue(result) } : result;
}

/** A typed caller that returns the value or throws: what scripts (CLI, benchmark) build on. */
export type ApiCall = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;
