// A USB drive that is full or write-protected: a real tmpfs where this machine lets the tests
// mount one (as root), otherwise the nearest stand-in, and the test names which one it got.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';

export interface Target {
  dir: string;
  kind: 'tmpfs' | 'stand-in';
  release(): void;
}

function tryMount(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const unmount = (dir: string) => () => execFileSync('umount', [dir], { stdio: 'pipe' });

/** A drive of `bytes` (rounded up to whole pages by tmpfs), or null when none can be mounted. */
export function smallDrive(dir: string, bytes: number): Target | null {
  mkdirSync(dir, { recursive: true });
  return tryMount(dir, `size=${bytes},mode=0700`)
    ? { dir, kind: 'tmpfs', release: unmount(dir) }
    : null;
}

/** A read-only mount, or a folder without write permission where mounting is not allowed. */
export function readOnlyDrive(dir: string): Target {
  mkdirSync(dir, { recursive: true });
  if (tryMount(dir, 'size=1m,mode=0700,ro')) return { dir, kind: 'tmpfs', release: unmount(dir) };
  chmodSync(dir, 0o500);
  return { dir, kind: 'stand-in', release: () => chmodSync(dir, 0o700) };
}
