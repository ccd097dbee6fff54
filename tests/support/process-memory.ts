import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

const CHUNK_BYTES = 8 * 1024 * 1024;

interface Region {
  start: number;
  end: number;
}

/** The readable regions of a process, from /proc/<pid>/maps (Linux; needs root or ptrace rights). */
function readableRegions(pid: number): Region[] {
  return readFileSync(`/proc/${pid}/maps`, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split(/\s+/))
    .filter(([, perms, , , , name]) => perms?.startsWith('r') && name !== '[vvar]')
    .map(([range]) => {
      const [start, end] = range!.split('-').map((hex) => parseInt(hex, 16));
      return { start: start!, end: end! };
    });
}

function countIn(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * How many times each needle occurs anywhere in a live process's memory: what an attacker who
 * can read the process (a core dump, a swap file, a debugger) could find.
 */
export function countInProcessMemory(pid: number, needles: Buffer[]): number[] {
  const counts = needles.map(() => 0);
  const overlap = Math.max(...needles.map((needle) => needle.length)) - 1;
  const fd = openSync(`/proc/${pid}/mem`, 'r');
  const chunk = Buffer.alloc(CHUNK_BYTES + overlap);
  try {
    for (const region of readableRegions(pid)) {
      for (let offset = region.start; offset < region.end; offset += CHUNK_BYTES) {
        const length = Math.min(CHUNK_BYTES + overlap, region.end - offset);
        let read = 0;
        try {
          read = readSync(fd, chunk, 0, length, offset);
        } catch {
          break; // A region that went away or cannot be read (guard pages).
        }
        // Count a match only where it starts inside this chunk, so the overlap never counts twice.
        const view = chunk.subarray(0, read);
        needles.forEach((needle, index) => {
          counts[index]! += countIn(view, needle) - countIn(view.subarray(CHUNK_BYTES), needle);
        });
      }
    }
  } finally {
    closeSync(fd);
  }
  return counts;
}
