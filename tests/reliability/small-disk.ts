// A disk that can be filled: a 4 MiB tmpfs where mounting is allowed (root), else an injected
// SQLITE_FULL in the product process (inject-disk-full.ts). Says which one it is.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcessTweaks } from './product';

const INJECTOR = fileURLToPath(new URL('./inject-disk-full.js', import.meta.url));
const SIZE = '4m';

export type DiskKind = 'tmpfs' | 'injected';

export interface SmallDisk {
  kind: DiskKind;
  /** How it was made, for the report. */
  description: string;
  /** A folder on this disk. */
  dir: string;
  /** What a product process on this disk must be started with. */
  tweaks: ProcessTweaks;
  fill(): void;
  free(): void;
  release(): void;
}

function mountTmpfs(dir: string): SmallDisk {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE},mode=0700`, 'tmpfs', dir], {
    stdio: 'pipe',
  });
  const filler = path.join(dir, 'filler');
  return {
    kind: 'tmpfs',
    description: `a 4 MiB tmpfs (mount -o size=${SIZE}) at ${dir}, filled to the last byte with a file`,
    dir,
    tweaks: {},
    fill() {
      const fd = openSync(filler, 'w');
      try {
        for (const size of [64 * 1024, 4096, 512, 1]) {
          const chunk = Buffer.alloc(size, 0x55);
          try {
            for (;;) writeSync(fd, chunk);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(filler, { force: true }),
    release: () => execFileSync('umount', [dir], { stdio: 'pipe' }),
  };
}

function injectedDisk(dir: string, reason: string): SmallDisk {
  const flag = path.join(dir, '..', 'disk-is-full.flag');
  return {
    kind: 'injected',
    description: `no tmpfs (${reason}): SQLITE_FULL injected at SQLite's write and checkpoint calls in the product process`,
    dir,
    tweaks: { nodeArgs: ['--import', INJECTOR], env: { CK_INJECT_DISK_FULL: flag } },
    fill: () => writeFileSync(flag, ''),
    free: () => rmSync(flag, { force: true }),
    release: () => undefined,
  };
}

/** `wanted` 'auto' tries a tmpfs first and falls back to the injected fault. */
export function makeSmallDisk(dir: string, wanted: DiskKind | 'auto'): SmallDisk {
  mkdirSync(dir, { recursive: true });
  if (wanted === 'injected') return injectedDisk(dir, 'asked for the injected fault');
  try {
    return mountTmpfs(dir);
  } catch (error) {
    const reason =
      (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    if (wanted === 'tmpfs') throw new Error(`cannot mount a tmpfs: ${reason}`, { cause: error });
    return injectedDisk(dir, `mount failed: ${reason}`);
  }
}
