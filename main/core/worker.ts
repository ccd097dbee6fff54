// The core worker: the only thread that opens the database (DESIGN.md §2).
import { parentPort, workerData } from 'node:worker_threads';
import { Core } from './core';
import {
  CLOSE_REQUEST,
  type CallRequest,
  type CallResponse,
  type CoreWorkerData,
} from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('core worker must run in a worker thread');

const { dataDir } = workerData as CoreWorkerData;
const core = new Core({ dataDir });

port.on('message', (message: CallRequest | typeof CLOSE_REQUEST) => {
  if (message === CLOSE_REQUEST) {
    void core.close().finally(() => port.close());
    return;
  }
  void core.call(message.method, message.input).then((result) => {
    const response: CallResponse = { id: message.id, result };
    port.postMessage(response);
  });
});
