import { writeFileSync } from 'node:fs';

/**
 * A core dump is a copy of the process memory on disk: the database key and decrypted records
 * included. On Linux, a coredump_filter of 0 leaves every memory mapping out of any dump this
 * process (and the processes it starts) would write. Other platforms offer no per-process switch
 * that Node can reach; there, the OS's crash-dump settings apply.
 */
export function keepMemoryOutOfCoreDumps(): void {
  if (process.platform !== 'linux') return;
  try {
    writeFileSync('/proc/self/coredump_filter', '0');
  } catch {
    // A hardened /proc (some containers) refuses the write: nothing more can be done from here.
  }
}
