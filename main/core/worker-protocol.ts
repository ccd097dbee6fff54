import type { ApiResult } from '../../shared/api/errors';

export interface CoreWorkerData {
  dataDir: string;
}

export interface CallRequest {
  id: number;
  method: string;
  input: unknown;
}

export interface CallResponse {
  id: number;
  result: ApiResult<unknown>;
}

/** Sent when the host closes: the worker closes the database and exits. */
export const CLOSE_REQUEST = 'close';

/**
 * Sent by a worker whose vault has locked, just before it exits: it answers no further calls,
 * so the host sends them (and any still unanswered) to a fresh worker.
 */
export const RETIRING_NOTICE = 'retiring';

export type WorkerMessage = CallResponse | typeof RETIRING_NOTICE;
