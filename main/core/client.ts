import { Worker } from 'node:worker_threads';
import { apiError, type ApiResult } from '../../shared/api/errors';
import type { CoreCaller } from './core-caller';
import {
  CLOSE_REQUEST,
  type CallRequest,
  type CallResponse,
  type CoreWorkerData,
} from './worker-protocol';

export interface CoreWorkerOptions {
  dataDir: string;
  /** The bundled `core-worker.js`. */
  workerPath: string;
  /** For tests that run the worker from TypeScript through a loader. */
  execArgv?: string[];
}

const CRASHED: ApiResult<unknown> = {
  ok: false,
  error: apiError('INTERNAL', 'errors.INTERNAL'),
};

/**
 * Relays calls to the core worker. If the worker dies, pending calls get an INTERNAL error
 * and the next call starts a fresh worker, which comes up locked: no state is guessed.
 */
export function startCoreWorker(options: CoreWorkerOptions): CoreCaller {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();

  function failPending(): void {
    for (const resolve of pending.values()) resolve(CRASHED);
    pending.clear();
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const data: CoreWorkerData = { dataDir: options.dataDir };
    const started = new Worker(options.workerPath, {
      workerData: data,
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    });
    started.on('message', (response: CallResponse) => {
      pending.get(response.id)?.(response.result);
      pending.delete(response.id);
    });
    started.on('error', (error) => {
      console.error(`circlekeeper: core worker failed (${error.name})`);
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
      failPending();
    });
    worker = started;
    return started;
  }

  return {
    call(method, input) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const request: CallRequest = { id, method, input };
        try {
          ensureWorker().postMessage(request);
        } catch {
          // Input that cannot be cloned (functions, symbols) never reaches the core.
          pending.delete(id);
          resolve({ ok: false, error: apiError('VALIDATION_FAILED', 'errors.VALIDATION_FAILED') });
        }
      });
    },
    async close() {
      const current = worker;
      if (!current) return;
      await new Promise<void>((resolve) => {
        current.once('exit', () => resolve());
        current.postMessage(CLOSE_REQUEST);
      });
    },
  };
}
