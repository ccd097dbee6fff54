import { existsSync, renameSync } from 'node:fs';

/** `2026-11-30T18-40-12-345Z`: sortable, and legal in a file name on every platform. */
function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves a file out of the way by renaming it with the date, in the same folder: nothing the app
 * sets aside is ever deleted, so a person can still look at it or put it back.
 * Returns the new name, or null when there was no such file.
 */
export function setAside(file: string, at: Date): string | null {
  if (!existsSync(file)) return null;
  let target = `${file}.set-aside-${stamp(at)}`;
  for (let n = 2; existsSync(target); n += 1) target = `${file}.set-aside-${stamp(at)}-${n}`;
  renameSync(file, target);
  return target;
}
