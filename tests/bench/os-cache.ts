// Dropping a database's pages from the OS page cache, for the cipher bench's cold runs (issue 13:
// "drop the page cache where the OS allows"). Node has no posix_fadvise, so GNU dd does it:
// `iflag=nocache count=0` asks the kernel (POSIX_FADV_DONTNEED) to drop the whole file's clean
// pages, which any process that can read the file may do, without privileges. util-linux's
// fincore (mincore) says whether the pages are really gone.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync } from 'node:fs';

/**
 * Drops `file`'s pages from the OS page cache; a missing file (no WAL yet) has none. Pages not
 * yet written to the disk cannot be dropped, so the file is fsynced first.
 */
export function dropFromOsCache(file: string): void {
  if (!existsSync(file)) return;
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const result = spawnSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']);
  if (result.status !== 0) throw new Error(`dd could not drop ${file} from the OS cache`);
}

/** Bytes of `file` held in the OS page cache, or null when fincore cannot tell. */
export function residentBytes(file: string): number | null {
  const result = spawnSync('fincore', ['--bytes', '--noheadings', '--output', 'RES', file], {
    encoding: 'utf8',
  });
  if (result.status !== 0) return null;
  const bytes = Number(result.stdout.trim());
  return result.stdout.trim() !== '' && Number.isFinite(bytes) ? bytes : null;
}

/**
 * Whether this machine lets the bench drop `file` from the OS cache: the file is read in, dropped,
 * and fincore must find (almost) none of it left. The reason is for the printout when it cannot.
 */
export function osCacheDropCheck(file: string): { isPossible: boolean; why: string } {
  if (process.platform !== 'linux') {
    return { isPossible: false, why: `not Linux (${process.platform})` };
  }
  readFileSync(file);
  const before = residentBytes(file);
  if (before === null) return { isPossible: false, why: 'fincore (util-linux) is not there' };
  try {
    dropFromOsCache(file);
  } catch {
    return { isPossible: false, why: 'GNU dd iflag=nocache failed' };
  }
  const after = residentBytes(file) ?? Number.POSITIVE_INFINITY;
  const size = statSync(file).size;
  // A page or two may come back at once (another reader); most of the file must be gone.
  if (after > size / 100) {
    return { isPossible: false, why: `the OS kept ${after} of ${size} bytes in its cache` };
  }
  return {
    isPossible: true,
    why: `checked: ${before} bytes cached before, ${after} after (fincore)`,
  };
}
