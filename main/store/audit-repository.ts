import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { nowIso } from './rows';

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  /** Names of the fields the change touched; never their values. */
  fields?: readonly string[];
}

/** Who did what to which record and when: never the content of the record. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        at: nowIso(),
        user_id: entry.userId,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId,
        fields: JSON.stringify(entry.fields ?? []),
      })
      .execute();
  }

  async latest(limit: number): Promise<(AuditEntry & { at: string })[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      at: row.at,
      userId: row.user_id,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      fields: JSON.parse(row.fields) as string[],
    }));
  }
}
