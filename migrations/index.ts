import type { Kysely } from 'kysely';
import * as initial from './0001-initial';
import * as auditFields from './0002-audit-fields';
import * as people from './0003-people';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied. */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

// Statically imported, in order, so that bundling keeps every migration.
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', ...initial },
  { version: 2, name: 'audit-fields', ...auditFields },
  { version: 3, name: 'people', ...people },
];
