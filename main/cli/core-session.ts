import { fileURLToPath } from 'node:url';
import { startCoreWorker } from '../core/client';
import { Core } from '../core/core';
import type { ApiCall, CoreCaller } from '../core/core-caller';
import { lockDataDir } from '../store/data-dir-lock';
import { CliError, describeApiError } from './io';

/** The bundled worker sits next to the bundled CLI in dist/main/. */
export const WORKER_PATH = fileURLToPath(new URL('./core-worker.js', import.meta.url));
export const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

export interface CliCore {
  caller: CoreCaller;
  call: ApiCall;
}

function cliCoreOver(caller: CoreCaller): CliCore {
  return {
    caller,
    async call(method, input) {
      const result = await caller.call(method, input);
      if (!result.ok) throw new CliError(describeApiError(result.error));
      return result.value as never;
    },
  };
}

/** The CLI talks to the same core worker, through the same API, as the app does. */
export function openCliCore(dataDir: string): CliCore {
  return cliCoreOver(startCoreWorker({ dataDir, workerPath: WORKER_PATH }));
}

/**
 * The core on this thread, holding the same data folder lock as the worker would: for
 * `demo-data`, which writes thousands of rows in one transaction through the repositories,
 * and only the core's own thread can reach those. Nothing else runs here meanwhile.
 */
export function openInProcessCliCore(dataDir: string): CliCore & { core: Core } {
  const lock = lockDataDir(dataDir);
  const core = new Core({ dataDir, isIdleLockTimerOn: false });
  const caller: CoreCaller = {
    call: (method, input) => core.call(method, input),
    async close() {
      try {
        await core.close();
      } finally {
        lock.release();
      }
    },
  };
  return { ...cliCoreOver(caller), core };
}
