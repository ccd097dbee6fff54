import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SafetyCopy } from '../../shared/domain/backup';
import { AppError } from '../app-error';
import { DATABASE_FILE, KEYSLOTS_FILE } from '../vault/vault';
import {
  SAFETY_COPIES_DIR,
  SAFETY_COPY_META,
  safetyCopyDir,
  type SafetyCopyMeta,
} from './restore-journal';

/** `2026-11-30T18-40-12-345Z`: sortable, and a legal folder name on every platform. */
export function newSafetyCopyId(at: Date, dataDir: string): string {
  const base = at.toISOString().replace(/[:.]/g, '-');
  let id = base;
  for (let n = 2; existsSync(safetyCopyDir(dataDir, id)); n += 1) id = `${base}-${n}`;
  return id;
}

function readMeta(dir: string): SafetyCopyMeta | null {
  try {
    const meta = JSON.parse(readFileSync(path.join(dir, SAFETY_COPY_META), 'utf8')) as unknown;
    const m = meta as Partial<SafetyCopyMeta>;
    return typeof m.createdAt === 'string' && typeof m.sizeBytes === 'number' && m.counts
      ? (m as SafetyCopyMeta)
      : null;
  } catch {
    return null;
  }
}

/** The data each restore set aside, newest first. Only complete copies are listed. */
export function listSafetyCopies(dataDir: string): SafetyCopy[] {
  const root = path.join(dataDir, SAFETY_COPIES_DIR);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = path.join(root, entry.name);
      const meta = readMeta(dir);
      const isComplete =
        existsSync(path.join(dir, DATABASE_FILE)) && existsSync(path.join(dir, KEYSLOTS_FILE));
      return meta && isComplete ? [{ id: entry.name, ...meta }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function safetyCopyFiles(dataDir: string, id: string) {
  if (!listSafetyCopies(dataDir).some((copy) => copy.id === id)) {
    throw new AppError('NOT_FOUND', 'errors.safetyCopyMissing');
  }
  const dir = safetyCopyDir(dataDir, id);
  return {
    database: path.join(dir, DATABASE_FILE),
    wal: path.join(dir, `${DATABASE_FILE}-wal`),
    keySlots: path.join(dir, KEYSLOTS_FILE),
  };
}

/** The size a copy of the live data takes: the database and what its WAL still holds. */
export function liveDataBytes(databaseFile: string): number {
  const wal = `${databaseFile}-wal`;
  return statSync(databaseFile).size + (existsSync(wal) ? statSync(wal).size : 0);
}

export function copyIfPresent(from: string, to: string): void {
  if (existsSync(from)) copyFileSync(from, to);
}
