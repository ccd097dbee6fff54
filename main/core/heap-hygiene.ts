import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8 leaves freed memory as it was unless told to zero it, and must be told before the garbage
// exists: hence at load, in the host process that relays records between the core and the UI.
setFlagsFromString('--clear-free-memory');
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * After a lock: collects the host's garbage now (the records it relayed to the window), so that
 * V8 zeroes it, rather than leaving it readable in memory until some later collection.
 */
export function forgetGarbage(): void {
  gc();
}
