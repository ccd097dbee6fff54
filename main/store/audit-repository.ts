import { sql, type Kysely } from 'kysely';
import type {
  AuditLogEntry,
  AuditLogFilters,
  AuditLogPage,
  AuditVerification,
} from '../../shared/domain/audit';
import type { AuditAction, AuditEntity } from '../../shared/domain/audit-names';

/** The filters with the date range as instants: at or after `from`, before `to`. */
export type AuditLogQuery = Omit<AuditLogFilters, 'fromDate' | 'toDate'> & {
  from: string | null;
  to: string | null;
};
import { entryTag, findChainBreak, GENESIS, type ChainedEntry } from './audit-chain';
import type { Database } from './schema';
import { nowIso, parseStringList } from './rows';

/** An entry as read back: older versions may have written names no longer in the lists. */
export interface StoredAuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  /** Names of the fields the change touched; never their values. */
  fields?: readonly string[];
}

/** An entry to write: its names come from the lists the audit screen has words for. */
export interface AuditEntry extends StoredAuditEntry {
  action: AuditAction;
  entity: AuditEntity;
}

/** Who did what to which record and when: never the content of the record. */
export class AuditRepository {
  /** `chainKey` tags each entry (see audit-chain.ts); it lives as long as the open store. */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly chainKey: Buffer,
  ) {}

  /**
   * Appends an entry linked to the newest one. The core runs calls one at a time over one
   * connection, so nothing can append between reading the newest entry and writing this one.
   */
  async record(entry: AuditEntry): Promise<void> {
    const newest = await this.db
      .selectFrom('audit_log')
      .select(['id', 'hash'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const content = {
      id: (newest?.id ?? 0) + 1,
      at: nowIso(),
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      fields: JSON.stringify(entry.fields ?? []),
      prev_hash: newest?.hash ?? GENESIS,
    };
    await this.db
      .insertInto('audit_log')
      .values({ ...content, hash: entryTag(this.chainKey, content) })
      .execute();
  }

  async latest(limit: number): Promise<(StoredAuditEntry & { at: string })[]> {
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
      fields: parseStringList(row.fields),
    }));
  }

  /** One page of entries, newest first, with who made each. */
  async list(filters: AuditLogQuery): Promise<AuditLogPage> {
    let query = this.db.selectFrom('audit_log');
    if (filters.userId !== null) query = query.where('audit_log.user_id', '=', filters.userId);
    if (filters.entity !== null) query = query.where('audit_log.entity', '=', filters.entity);
    if (filters.action !== null) query = query.where('audit_log.action', '=', filters.action);
    // Stored instants are UTC ISO strings of one length, so text order is time order.
    if (filters.from !== null) query = query.where('audit_log.at', '>=', filters.from);
    if (filters.to !== null) query = query.where('audit_log.at', '<', filters.to);
    const [{ total }, rows, entities, actions] = await Promise.all([
      query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      query
        .leftJoin('app_user', 'app_user.id', 'audit_log.user_id')
        .select([
          'audit_log.id',
          'audit_log.at',
          'audit_log.user_id',
          'audit_log.action',
          'audit_log.entity',
          'audit_log.entity_id',
          'audit_log.fields',
          'app_user.display_name',
        ])
        .orderBy('audit_log.id', 'desc')
        .limit(filters.limit)
        .offset((filters.page - 1) * filters.limit)
        .execute(),
      this.distinct('entity'),
      this.distinct('action'),
    ]);
    const entries = rows.map((row): AuditLogEntry => ({
      id: row.id,
      at: row.at,
      userId: row.user_id,
      userName: row.display_name,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      fields: parseStringList(row.fields),
    }));
    return { entries, total, page: filters.page, limit: filters.limit, entities, actions };
  }

  /** Checks every entry's tag and link, oldest first. */
  async verify(): Promise<AuditVerification> {
    const entries: ChainedEntry[] = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id')
      .execute();
    const firstBreak = findChainBreak(this.chainKey, entries);
    return firstBreak
      ? { ok: false, checked: entries.length, firstBreak }
      : { ok: true, checked: entries.length };
  }

  /**
   * The values a column holds, for the filters' lists. The log only grows (a large centre writes
   * hundreds of thousands of entries), so this hops through the column's index from one value
   * to the next, one seek per value, instead of reading every entry as DISTINCT does.
   */
  private async distinct(column: 'entity' | 'action'): Promise<string[]> {
    const name = sql.ref(column);
    const { rows } = await sql<{ value: string }>`WITH RECURSIVE found (value) AS (
        SELECT min(${name}) FROM audit_log
        UNION ALL
        SELECT (SELECT min(${name}) FROM audit_log WHERE ${name} > found.value)
          FROM found WHERE found.value IS NOT NULL
      )
      SELECT value FROM found WHERE value IS NOT NULL`.execute(this.db);
    return rows.map((row) => row.value).sort();
  }
}
