import type { ProgressStep } from '../backup/progress';

export interface CoreWorkerData {
  dataDir: string;
}

/**
 * Inputs and results cross between threads as JSON bytes that are moved (transferred), not
 * copied, and zeroed by the side that reads them: a structured-clone copy would be left
 * behind, readable, in freed memory after a lock.
 */
export interface CallRequest {
  id: number;
  method: string;
  input: Uint8Array<ArrayBuffer>;
}

export interface CallResponse {
  id: number;
  /** The JSON bytes of the whole `ApiResult`. */
  result: Uint8Array<ArrayBuffer>;
  /** Whether that result is a success: a host may pass a success on without reading it. */
  isOk: boolean;
}

/** JSON bytes of a value, in a buffer of their own that can be transferred. */
export function packValue(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value) ?? '');
}

/** The value back from packed bytes, which are zeroed once read. */
export function unpackValue<T>(bytes: Uint8Array): T {
  try {
    const text = new TextDecoder().decode(bytes);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  } finally {
    bytes.fill(0);
  }
}

/** Sent when the host closes: the worker closes the database and exits. */
export const CLOSE_REQUEST = 'close';

/**
 * Sent by a worker whose vault has locked, just before it exits: it answers no further calls,
 * so the host sends them (and any still unanswered) to a fresh worker.
 */
export const RETIRING_NOTICE = 'retiring';

/**
 * Sent by the worker at each step of a backup or restore. The worker is busy inside that call
 * (for the snapshot, inside one SQLite statement), so the host keeps the latest step and
 * answers `getBackupProgress` itself. A step holds a phase and byte counts, never data.
 */
export interface ProgressNotice {
  progress: ProgressStep;
}

export type WorkerMessage = CallResponse | ProgressNotice | typeof RETIRING_NOTICE;
