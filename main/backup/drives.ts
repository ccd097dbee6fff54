import { existsSync, readdirSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupTarget } from '../../shared/domain/backup';

/**
 * Where removable drives appear: each entry is a parent folder and how deep below it a drive's
 * mount point sits (`/media/<user>/<label>` is two levels, `/mnt/<label>` one).
 */
export interface DriveRoot {
  parent: string;
  depth: 1 | 2;
}

const LINUX_ROOTS: DriveRoot[] = [
  { parent: '/media', depth: 2 },
  { parent: '/run/media', depth: 2 },
  { parent: '/mnt', depth: 1 },
];
const MAC_ROOTS: DriveRoot[] = [{ parent: '/Volumes', depth: 1 }];

/**
 * Tests and the e2e suite stand a folder in for a USB drive: each folder listed here (by the
 * path separator) is a parent whose sub-folders count as drives.
 */
export const DRIVE_ROOTS_VARIABLE = 'CIRCLEKEEPER_DRIVE_ROOTS';

export function platformDriveRoots(
  platform: NodeJS.Platform = process.platform,
  environment: NodeJS.ProcessEnv = process.env,
): DriveRoot[] {
  const override = environment[DRIVE_ROOTS_VARIABLE];
  if (override) {
    return override
      .split(path.delimiter)
      .filter(Boolean)
      .map((parent) => ({ parent, depth: 1 }));
  }
  if (platform === 'darwin') return MAC_ROOTS;
  if (platform === 'win32') {
    // Drive letters other than the system drive: USB sticks and card readers show up as these.
    const system = (environment.SystemDrive ?? 'C:').toUpperCase();
    return [...'DEFGHIJKLMNOPQRSTUVWXYZ']
      .map((letter) => `${letter}:`)
      .filter((drive) => drive !== system)
      .map((drive) => ({ parent: `${drive}\\`, depth: 1 as const }));
  }
  return LINUX_ROOTS;
}

function subFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => path.join(dir, entry.name));
  } catch {
    return [];
  }
}

function freeBytes(dir: string): number | null {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/** A mount point is a folder on another device than its parent: an empty `/mnt/usb` is not. */
function isMountPoint(dir: string): boolean {
  try {
    return statSync(dir).dev !== statSync(path.dirname(dir)).dev;
  } catch {
    return false;
  }
}

function mountedDrives(root: DriveRoot, isOverride: boolean): string[] {
  if (/^[A-Z]:\\$/.test(root.parent)) return existsSync(root.parent) ? [root.parent] : [];
  const level1 = subFolders(root.parent);
  const drives = root.depth === 1 ? level1 : level1.flatMap(subFolders);
  // /Volumes also lists the startup disk, and /mnt holds empty folders: only real mounts count.
  return isOverride ? drives : drives.filter(isMountPoint);
}

function target(dir: string, kind: BackupTarget['kind']): BackupTarget | null {
  const free = freeBytes(dir);
  if (free === null) return null;
  const label = path.basename(dir) || dir;
  return { path: dir, label, freeBytes: free, kind };
}

/** Removable drives first, then the folder of the last backup if it is still there. */
export function listBackupTargets(
  lastTargetDir: string | null,
  roots: DriveRoot[] = platformDriveRoots(),
  isOverride = Boolean(process.env[DRIVE_ROOTS_VARIABLE]),
): BackupTarget[] {
  const drives = roots.flatMap((root) => mountedDrives(root, isOverride));
  const targets = drives
    .map((dir) => target(dir, 'removable'))
    .filter((t): t is BackupTarget => t !== null);
  if (lastTargetDir && !targets.some((t) => t.path === lastTargetDir)) {
    const last = target(lastTargetDir, 'lastUsed');
    if (last) targets.push(last);
  }
  return targets;
}
