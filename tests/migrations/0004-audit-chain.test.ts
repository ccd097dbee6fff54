import { sql } from 'kysely';
import { migrations } from '../../migrations';
import { deriveAuditKey, findChainBreak, GENESIS, entryTag } from '../../main/store/audit-chain';
import type { ChainedEntry } from '../../main/store/audit-chain';
import { migrateToLatest } from '../../main/store/migrate';
import { openTempDatabase, type TempDatabase } from '../support/raw-database';
import { columnsOf } from '../support/schema';

const upToAuditFields = migrations.filter((m) => m.version <= 2);
const upToAuditChain = migrations.filter((m) => m.version <= 4);

describe('migration 0004-audit-chain', () => {
  let db: TempDatabase;

  beforeEach(() => {
    db = openTempDatabase();
  });

  afterEach(() => db.cleanUp());

  async function addOlderEntries(): Promise<void> {
    await migrateToLatest(db.kysely, upToAuditFields);
    for (const [at, action] of [
      ['2026-11-30T10:00:00.000Z', 'setUp'],
      ['2026-11-30T10:05:00.000Z', 'create'],
      ['2026-11-30T10:09:00.000Z', 'update'],
    ] as const) {
      await sql`INSERT INTO audit_log (at, user_id, action, entity, entity_id, fields)
        VALUES (${at}, NULL, ${action}, 'group', 1, '["name"]')`.execute(db.kysely);
    }
  }

  const chainedRows = () =>
    db.raw.prepare('SELECT * FROM audit_log ORDER BY id').all() as ChainedEntry[];

  it('chains the entries written before it, oldest first, under the store key', async () => {
    await addOlderEntries();
    const auditKey = deriveAuditKey(db.key);

    await migrateToLatest(db.kysely, upToAuditChain, {
      auditChain: { genesis: GENESIS, tag: (entry) => entryTag(auditKey, entry) },
    });

    expect(columnsOf(db.raw, 'audit_log')).toEqual(expect.arrayContaining(['prev_hash', 'hash']));
    const rows = chainedRows();
    expect(rows.map((row) => row.action)).toEqual(['setUp', 'create', 'update']);
    expect(rows[0]!.prev_hash).toBe(GENESIS);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(findChainBreak(auditKey, rows)).toBeNull();
  });

  it('refuses to leave existing entries unchained, and changes nothing', async () => {
    await addOlderEntries();

    await expect(migrateToLatest(db.kysely, upToAuditChain)).rejects.toThrow();

    expect(columnsOf(db.raw, 'audit_log')).not.toContain('hash');
    expect(db.raw.pragma('user_version', { simple: true })).toBe(2);
  });
});
