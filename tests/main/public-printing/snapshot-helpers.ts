// Helpers shared by the public snapshot's tests (public-snapshot*.test.ts).
import type { MethodInput } from '../../../shared/api/contract';
import type { PublicPrinting, PublicSnapshot } from '../../../shared/domain/public-snapshot';
import { publicSnapshotPath } from '../../../main/public-printing/public-snapshot';
import type { createSetUpCore } from '../../support/temp-core';

export type SetUpCore = Awaited<ReturnType<typeof createSetUpCore>>;

export const MARKER = 'SECRET-xyz';

export const snapshotFile = (test: SetUpCore) => publicSnapshotPath(test.dataDir);

export function readySnapshot(printing: PublicPrinting): PublicSnapshot {
  if (printing.status !== 'ready') throw new Error(`public printing is ${printing.status}`);
  return printing.snapshot;
}

export const snapshotOf = async (test: SetUpCore) =>
  readySnapshot(await test.call('getPublicSnapshot', {}));

export const groupNames = async (test: SetUpCore) =>
  (await snapshotOf(test)).groups.map((g) => g.name);

/** Every key of every object in `value`, however deep. */
export function keysIn(value: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        keys.add(key);
        visit(inner);
      }
    }
  };
  visit(value);
  return keys;
}

/** A location whose internal text holds the marker. */
export const markedLocation = (): MethodInput<'createLocation'> => ({
  name: 'Main Hall',
  address: '1 River Road',
  room: 'Ground floor',
  accessibilityNotes: `Side door code ${MARKER}`,
  capacity: 40,
});
