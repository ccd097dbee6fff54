import { Worker } from 'node:worker_threads';
import { api } from '../../shared/api/contract';
import { apiError, type ApiResult } from '../../shared/api/errors';
import { currentProgress, type ProgressStep } from '../backup/progress';
import { lockDataDir } from '../store/data-dir-lock';
import type { CoreCaller, PackedResult } from './core-caller';
import { forgetGarbage } from './heap-hygiene';
import {
  CLOSE_REQUEST,
  RETIRING_NOTICE,
  type CallRequest,
  type CallResponse,
  type CoreWorkerData,
  packValue,
  unpackValue,
  type WorkerMessage,
} from './worker-protocol';

export interface CoreWorkerOptions {
  dataDir: string;
  /** The bundled `core-worker.js`. */
  workerPath: string;
  /** For tests that run the worker from TypeScript through a loader. */
  execArgv?: string[];
}

const CRASHED = {
  ok: false,
  error: apiError('INTERNAL', 'errors.INTERNAL'),
} as const satisfies ApiResult<unknown>;

/** What a call settles with: the worker's answer, still packed, or the client's own failure. */
type Reply = Pick<CallResponse, 'result' | 'isOk'> | Extract<ApiResult<unknown>, { ok: false }>;

interface PendingCall {
  id: number;
  method: string;
  input: unknown;
  resolve: (reply: Reply) => void;
}

const isPacked = (reply: Reply) => 'result' in reply;

/** The reply as a result, read from its bytes (which are zeroed). */
const resultOf = (reply: Reply): ApiResult<unknown> =>
  isPacked(reply) ? unpackValue(reply.result) : reply;

/** The reply with a success left as bytes: the browser host sends those on as they are. */
const packedOf = (reply: Reply): PackedResult => {
  if (!isPacked(reply)) return reply;
  return reply.isOk ? { ok: true, json: reply.result } : unpackValue(reply.result);
};

/**
 * Claims the data folder for this process (DATA_DIR_IN_USE if another one holds it), then
 * relays calls to a core worker. A worker ends when its vault locks, and the next call starts
 * a fresh one, so nothing decrypted outlives a lock in a live heap. If a worker dies, its
 * pending calls get an INTERNAL error and the next call starts a fresh worker, which comes up
 * locked: no state is guessed.
 */
export function startCoreWorker(options: CoreWorkerOptions): CoreCaller {
  const dataDirLock = lockDataDir(options.dataDir);
  let worker: Worker | null = null;
  /** Settles when the last worker has exited, so two workers never hold the database at once. */
  let lastExit: Promise<void> = Promise.resolve();
  let isClosed = false;
  let nextId = 1;
  const pending = new Map<Worker, Map<number, PendingCall>>();
  /** The last backup or restore step the worker told; see `getBackupProgress` in the contract. */
  let latestProgress: ProgressStep | null = null;

  function startWorker(): Worker {
    const data: CoreWorkerData = { dataDir: options.dataDir };
    const started = new Worker(options.workerPath, {
      workerData: data,
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    });
    const calls = new Map<number, PendingCall>();
    pending.set(started, calls);
    let isRetiring = false;
    started.on('message', (message: WorkerMessage) => {
      if (message === RETIRING_NOTICE) {
        isRetiring = true;
        if (worker === started) worker = null;
        return;
      }
      if ('progress' in message) {
        latestProgress = message.progress;
        return;
      }
      calls.get(message.id)?.resolve(message);
      calls.delete(message.id);
    });
    started.on('error', (error) => {
      console.error(`circlekeeper: core worker failed (${error.name})`);
    });
    lastExit = new Promise((resolve) =>
      started.once('exit', () => {
        if (worker === started) worker = null;
        pending.delete(started);
        resolve();
        if (isRetiring) forgetGarbage();
        // A retiring worker ran none of these: a fresh worker answers them.
        for (const call of calls.values()) {
          if (isRetiring && !isClosed) void send(call);
          else call.resolve(CRASHED);
        }
      }),
    );
    return started;
  }

  /** The worker to send to, started if need be; null once the host has closed the core. */
  async function currentWorker(): Promise<Worker | null> {
    while (!worker) {
      await lastExit;
      if (isClosed) return null;
      worker ??= startWorker();
    }
    return worker;
  }

  async function send(call: PendingCall): Promise<void> {
    let input: Uint8Array<ArrayBuffer>;
    try {
      input = packValue(call.input);
    } catch {
      // Input that is not JSON (a BigInt, a cycle) never reaches the core.
      call.resolve({ ok: false, error: apiError('VALIDATION_FAILED', 'errors.VALIDATION_FAILED') });
      return;
    }
    const target = await currentWorker();
    if (!target) return call.resolve(CRASHED);
    pending.get(target)?.set(call.id, call);
    const request: CallRequest = { id: call.id, method: call.method, input };
    target.postMessage(request, [input.buffer]);
  }

  function relay(method: string, input: unknown): Promise<Reply> {
    if (isClosed) return Promise.resolve(CRASHED);
    // Answered here: the worker may be inside a long backup and read no message until it ends.
    if (method === 'getBackupProgress' && api.getBackupProgress.input.safeParse(input).success) {
      const result = { ok: true, value: currentProgress(latestProgress) };
      return Promise.resolve({ result: packValue(result), isOk: true });
    }
    return new Promise((resolve) => {
      void send({ id: nextId++, method, input, resolve });
    });
  }

  return {
    call: (method, input) => relay(method, input).then(resultOf),
    callPacked: (method, input) => relay(method, input).then(packedOf),
    async close() {
      isClosed = true;
      const current = worker;
      if (current) {
        const exited = lastExit;
        current.postMessage(CLOSE_REQUEST);
        await exited;
      } else {
        await lastExit;
      }
      dataDirLock.release();
    },
  };
}
