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
