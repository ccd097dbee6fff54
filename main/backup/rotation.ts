import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Only files this app names are ever rotated: `circlekeeper-2026-11-30-1405.ckbackup`. */
export const BACKUP_NAME_PATTERN = /^circlekeeper-\d{4}-\d{2}-\d{2}-\d{4}(-\d{1,3})?\.ckbackup$/;
/** A backup being written: never complete-looking, and never a name that rotation keeps. */
export const PARTIAL_SUFFIX = '.partial';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `circlekeeper-YYYY-MM-DD-HHMM.ckbackup` in local time, as the person sees the clock. */
export function backupFileName(at: Date, attempt = 1): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `circlekeeper-${stamp}${attempt > 1 ? `-${attempt}` : ''}.ckbackup`;
}

export function partialName(fileName: string): string {
  return `.${fileName}${PARTIAL_SUFFIX}`;
}

/**
 * Keeps the newest `keepCount` of our backups in `dir` and removes older ones. The file just
 * written is always kept, whatever the clock says about it. Returns the names removed.
 */
export function rotateBackups(dir: string, keepCount: number, justWritten: string): string[] {
  const ours = readdirSync(dir)
    .filter((name) => BACKUP_NAME_PATTERN.test(name) && name !== justWritten)
    .map((name) => ({ name, modifiedMs: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.modifiedMs - a.modifiedMs || b.name.localeCompare(a.name));
  const removed = ours.slice(Math.max(0, keepCount - 1));
  for (const { name } of removed) rmSync(path.join(dir, name), { force: true });
  return removed.map(({ name }) => name);
}

/** Partial files an earlier, interrupted backup of ours left: they can never be restored. */
export function removeStalePartials(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') && name.endsWith(PARTIAL_SUFFIX)) {
      const finalName = name.slice(1, -PARTIAL_SUFFIX.length);
      if (BACKUP_NAME_PATTERN.test(finalName)) rmSync(path.join(dir, name), { force: true });
    }
  }
}
