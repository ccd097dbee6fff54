import type { RawDatabase } from '../../main/store/database';
import { withRawVaultDatabase } from './raw-database';
import { ADMIN, type TestCore } from './temp-core';

// For tests of regeneration: arrange what other slices would record on a session (a headcount,
// a move, a cancellation by hand) straight in the database, and read every row back whole.

export type SessionRowMap = Map<number, Record<string, unknown>>;

/** Locks the core, works on its database behind its back, and signs the admin back in. */
export async function withCoreLocked<T>(test: TestCore, work: (raw: RawDatabase) => T): Promise<T> {
  await test.call('lock', {});
  try {
    return await withRawVaultDatabase(test.dataDir, ADMIN, work);
  } finally {
    await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
  }
}

/** Every column of every session of a group, by id. */
export function sessionRows(raw: RawDatabase, groupId: number): SessionRowMap {
  const rows = raw
    .prepare('SELECT * FROM group_session WHERE group_id = ? ORDER BY id')
    .all(groupId) as Record<string, unknown>[];
  return new Map(rows.map((row) => [row.id as number, row]));
}
