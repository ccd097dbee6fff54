// The core worker: the only thread that opens the database (DESIGN.md §2). It ends when the
// vault locks, so nothing decrypted survives in its heap; the host starts a fresh one.
import { parentPort, workerData } from 'node:worker_threads';
import { Core } from './core';
import { scrubFreedMemory } from './native-scrub';
import {
  CLOSE_REQUEST,
  RETIRING_NOTICE,
  packValue,
  unpackValue,
  type CallRequest,
  type CoreWorkerData,
  type WorkerMessage,
} from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('core worker must run in a worker thread');
const send = (message: WorkerMessage) =>
  port.postMessage(
    message,
    typeof message === 'object' && 'id' in message ? [message.result.buffer] : [],
  );

const { dataDir } = workerData as CoreWorkerData;
const core = new Core({
  dataDir,
  onProgress: (progress) => send({ progress }),
  onLocked: () => {
    // Queued behind the call that locked, so its answer goes out first.
    void core.close().finally(() => {
      // The database is closed: what SQLite freed is overwritten before the thread ends.
      scrubFreedMemory();
      send(RETIRING_NOTICE);
      port.close();
    });
  },
});

port.on('message', (message: CallRequest | typeof CLOSE_REQUEST) => {
  if (message === CLOSE_REQUEST) {
    void core.close().finally(() => port.close());
    return;
  }
  const input = unpackValue(message.input);
  void core.callUnlessLocked(message.method, input).then((result) => {
    if (result) send({ id: message.id, result: packValue(result), isOk: result.ok });
  });
});
