import type { Kysely } from 'kysely';
import * as initial from './0001-initial';
import * as auditFields from './0002-audit-fields';
import * as people from './0003-people';
import * as auditChain from './0004-audit-chain';
import * as sessions from './0005-sessions';
import * as hoursIndexes from './0006-hours-indexes';
import * as resources from './0007-resources';
import * as groupGuide from './0008-group-guide';
import * as scheduledStarts from './0009-scheduled-starts-index';
import * as groupOnlinePublish from './0010-group-online-publish';
import * as volunteerListIndexes from './0011-volunteer-list-indexes';
import * as periodFigures from './0012-period-figures-index';
import * as periodRollups from './0013-period-rollups';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied. */
  version: number;
  name: string;
  up(db: Kysely<unknown>, context: MigrationContext): Promise<void>;
}

/**
 * What a migration may need beyond the schema, from the store that opens the database: the
 * audit chain's tag needs a key that lives only while it is open. Absent where no store opens
 * the database (schema tests on an empty file).
 */
export interface MigrationContext {
  auditChain?: {
    /** The link the first entry holds. */
    genesis: string;
    tag(entry: AuditEntryContent): string;
  };
}

/** An audit entry's stored columns, less its own tag. */
export interface AuditEntryContent {
  id: number;
  at: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  fields: string;
  prev_hash: string;
}

// Statically imported, in order, so that bundling keeps every migration.
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', ...initial },
  { version: 2, name: 'audit-fields', ...auditFields },
  { version: 3, name: 'people', ...people },
  { version: 4, name: 'audit-chain', ...auditChain },
  { version: 5, name: 'sessions', ...sessions },
  { version: 6, name: 'hours-indexes', ...hoursIndexes },
  { version: 7, name: 'resources', ...resources },
  { version: 8, name: 'group-guide', ...groupGuide },
  { version: 9, name: 'scheduled-starts-index', ...scheduledStarts },
  { version: 10, name: 'group-online-publish', ...groupOnlinePublish },
  { version: 11, name: 'volunteer-list-indexes', ...volunteerListIndexes },
  { version: 12, name: 'period-figures-index', ...periodFigures },
  { version: 13, name: 'period-rollups', ...periodRollups },
];
