import { sql, type Kysely } from 'kysely';
import {
  migrations as allMigrations,
  type Migration,
  type MigrationContext,
} from '../../migrations';
import { AppError } from '../app-error';

export const LATEST_SCHEMA_VERSION = allMigrations.at(-1)?.version ?? 0;

export async function readSchemaVersion(db: Kysely<unknown>): Promise<number> {
  const result = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  return result.rows[0]?.user_version ?? 0;
}

/**
 * Applies every pending migration in one transaction: either the schema moves to the
 * latest version or it stays exactly as it was. A schema from a newer app is refused.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations: readonly Migration[] = allMigrations,
  context: MigrationContext = {},
): Promise<{ from: number; to: number }> {
  const from = await readSchemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw new AppError('SCHEMA_TOO_NEW');
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  await db.transaction().execute(async (trx) => {
    for (const migration of pending) {
      await migration.up(trx, context);
      await sql.raw(`PRAGMA user_version = ${Math.trunc(migration.version)}`).execute(trx);
    }
  });
  return { from, to: latest };
}
