import { fileURLToPath } from 'node:url';
import { startCoreWorker } from '../core/client';
import type { ApiCall, CoreCaller } from '../core/core-caller';
import { CliError, describeApiError } from './io';

/** The bundled worker sits next to the bundled CLI in dist/main/. */
export const WORKER_PATH = fileURLToPath(new URL('./core-worker.js', import.meta.url));
export const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

export interface CliCore {
  caller: CoreCaller;
  call: ApiCall;
}

/** The CLI talks to the same core worker, through the same API, as the app does. */
export function openCliCore(dataDir: string): CliCore {
  const caller = startCoreWorker({ dataDir, workerPath: WORKER_PATH });
  return {
    caller,
    async call(method, input) {
      const result = await caller.call(method, input);
      if (!result.ok) throw new CliError(describeApiError(result.error));
      return result.value as never;
    },
  };
}
