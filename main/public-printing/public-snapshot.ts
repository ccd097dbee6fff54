// The print station's only source (DESIGN §4): a plain file of what is already public, so
// reception can print the meeting list with no password while the database stays locked.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  GROUP_FIELD_VISIBILITY,
  LOCATION_FIELD_VISIBILITY,
  ORGANISATION_FIELD_VISIBILITY,
  pickPublic,
  publicSnapshotSchema,
  type PublicPrinting,
  type PublicSnapshot,
} from '../../shared/domain/public-snapshot';
import type { Repositories } from '../store/store';
import { syncDirectory, writeFileAtomic } from '../vault/atomic-file';

/** The entities (as writes name them to the audit log) whose changes can change the snapshot. */
export const PUBLIC_ENTITIES: ReadonlySet<string> = new Set([
  'group',
  'location',
  'organisation',
  'settings',
]);

export function publicSnapshotPath(dataDir: string): string {
  return path.join(dataDir, 'public', 'snapshot.json');
}

/** Built from the visibility tables in shared/domain/public-snapshot.ts and nothing else. */
async function buildPublicSnapshot(repos: Repositories, now: Date): Promise<PublicSnapshot> {
  const locations = new Map((await repos.locations.list()).map((l) => [l.id, l]));
  const groups = await repos.groups.listListedPublicly();
  // Parsed by the strict schema: a key nobody declared public makes the write fail instead.
  return publicSnapshotSchema.parse({
    version: 1,
    writtenAt: now.toISOString(),
    organisation: pickPublic(await repos.organisation.get(), ORGANISATION_FIELD_VISIBILITY),
    groups: groups.map((group) => {
      const location = group.format === 'online' ? null : locations.get(group.locationId ?? 0);
      return {
        ...pickPublic(group, GROUP_FIELD_VISIBILITY),
        location: location ? pickPublic(location, LOCATION_FIELD_VISIBILITY) : null,
      };
    }),
    resources: [],
  });
}

/**
 * Brings the file in line with the database: rewritten atomically while public printing is on,
 * deleted when it is off. Deleting loses nothing: the file only ever holds copies of public
 * fields whose originals stay in the database.
 */
export async function publishPublicSnapshot(
  dataDir: string,
  repos: Repositories,
  now = new Date(),
): Promise<void> {
  if (!(await repos.organisation.getSettings()).isPublicPrintingOn) {
    removePublicSnapshot(dataDir);
    return;
  }
  const snapshot = await buildPublicSnapshot(repos, now);
  const file = publicSnapshotPath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomic(file, `${JSON.stringify(snapshot, null, 2)}\n`);
}

export function removePublicSnapshot(dataDir: string): void {
  const file = publicSnapshotPath(dataDir);
  if (!existsSync(file)) return;
  rmSync(file);
  syncDirectory(path.dirname(file));
}

/** Reads only the file: never the database, never the key slots. */
export function readPublicSnapshot(dataDir: string): PublicPrinting {
  let text: string;
  try {
    text = readFileSync(publicSnapshotPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'off' };
    throw error;
  }
  try {
    return { status: 'ready', snapshot: publicSnapshotSchema.parse(JSON.parse(text)) };
  } catch {
    return { status: 'unreadable' };
  }
}
