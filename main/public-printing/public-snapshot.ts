// The print station's only source (DESIGN §4): a plain file of what is already public, so
// reception can print the meeting list with no password while the database stays locked.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  GROUP_FIELD_VISIBILITY,
  LOCATION_FIELD_VISIBILITY,
  ORGANISATION_FIELD_VISIBILITY,
  pickPublic,
  publishedOnlineFields,
  publicSnapshotSchema,
  RESOURCE_FIELD_VISIBILITY,
  type PublicPrinting,
  type PublicSnapshot,
} from '../../shared/domain/public-snapshot';
import type { Repositories } from '../store/store';
import { buildPublicSessions, publicSessionWindow } from './public-sessions';
import { syncDirectory, writeFileAtomic } from '../vault/atomic-file';

/** The entities (as writes name them to the audit log) whose changes can change the snapshot. */
export const PUBLIC_ENTITIES: ReadonlySet<string> = new Set([
  'group',
  'location',
  'organisation',
  'settings',
  'resource',
  // The calendar's meetings: cancelled, moved or added sessions, and closures.
  'session',
  'closure',
]);

/**
 * Session writes that never change what the public sees: a record (headcount, notes, hours) and
 * who facilitates. Skipping them keeps recording a meeting cheap at a large centre (and the large
 * demo data, which records 142,000 of them, from rebuilding the snapshot each time).
 */
const PRIVATE_SESSION_ACTIONS: ReadonlySet<string> = new Set([
  'record',
  'set_session_facilitators',
  'reset_session_facilitators',
]);

/** Whether a write (as the audit log names it) can change the print station's file. */
export function changesPublicData(entity: string, action: string): boolean {
  if (entity === 'session' && PRIVATE_SESSION_ACTIONS.has(action)) return false;
  return PUBLIC_ENTITIES.has(entity);
}

export function publicSnapshotPath(dataDir: string): string {
  return path.join(dataDir, 'public', 'snapshot.json');
}

const render = (snapshot: PublicSnapshot) => `${JSON.stringify(snapshot, null, 2)}\n`;

/** Whether the file already holds this public data (whatever its date). */
function isUpToDate(file: string, snapshot: PublicSnapshot): boolean {
  let previous: string;
  try {
    previous = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  // The first "writtenAt" is the snapshot's own: it comes before any text a person typed.
  const writtenAt = /"writtenAt": "([^"]*)"/.exec(previous)?.[1];
  return writtenAt !== undefined && previous === render({ ...snapshot, writtenAt });
}

/**
 * Built from the visibility tables in shared/domain/public-snapshot.ts and nothing else; its
 * meetings cover `month` when one is asked for, else the print station's months.
 */
export async function buildPublicSnapshot(
  repos: Repositories,
  now: Date,
  month?: string,
): Promise<PublicSnapshot> {
  const locations = new Map((await repos.locations.list()).map((l) => [l.id, l]));
  const groups = await repos.groups.listListedPublicly();
  const places = groups.map((group) =>
    group.format === 'online' ? null : (locations.get(group.locationId ?? 0) ?? null),
  );
  const placeNames = new Map(places.flatMap((place) => (place ? [[place.id, place.name]] : [])));
  const sessionWindow = await publicSessionWindow(repos, now, month);
  const meetings = await buildPublicSessions(
    repos,
    sessionWindow,
    groups.map((group, index) => ({ id: group.id, locationId: places[index]?.id ?? null })),
    placeNames,
  );
  // Every object comes from pickPublic or is derived field by field, so no key the tables call
  // internal can be copied. (Not parsed by the schema here: the values were validated on their
  // way in, and parsing 300 groups on every write costs more than the write.)
  return {
    version: 4,
    writtenAt: now.toISOString(),
    organisation: pickPublic(await repos.organisation.get(), ORGANISATION_FIELD_VISIBILITY),
    groups: groups.map((group, index) => {
      const location = places[index];
      return {
        id: group.id,
        ...pickPublic(group, GROUP_FIELD_VISIBILITY),
        location: location ? pickPublic(location, LOCATION_FIELD_VISIBILITY) : null,
        updatedAt: group.updatedAt,
        ...publishedOnlineFields(group),
      };
    }),
    resources: (await repos.resources.list()).map((resource) =>
      pickPublic(resource, RESOURCE_FIELD_VISIBILITY),
    ),
    sessionWindow,
    ...meetings,
  };
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
  // Most writes (an unlisted group, a setting) change nothing public: the file, and its date,
  // stay as they are.
  const file = publicSnapshotPath(dataDir);
  if (isUpToDate(file, snapshot)) return;
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomic(file, render(snapshot));
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
