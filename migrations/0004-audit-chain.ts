import { sql, type Kysely } from 'kysely';
import type { AuditEntryContent, MigrationContext } from './index';

// Audit entries are chained: each holds the tag of the entry before it and its own tag, so an
// entry edited, removed, added or moved afterwards is detected (main/store/audit-chain.ts says
// how, and against whom). Entries written before this version are chained here, oldest first.
export async function up(db: Kysely<unknown>, { auditChain }: MigrationContext): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''`.execute(db);
  // The admin screen filters by these and lists the record types and actions the log names.
  await sql`CREATE INDEX audit_log_entity ON audit_log (entity)`.execute(db);
  await sql`CREATE INDEX audit_log_action ON audit_log (action)`.execute(db);
  await sql`CREATE INDEX audit_log_user ON audit_log (user_id)`.execute(db);
  const { rows } = await sql<AuditEntryContent>`
    SELECT id, at, user_id, action, entity, entity_id, fields FROM audit_log ORDER BY id
  `.execute(db);
  if (rows.length === 0) return;
  // Leaving entries unchained would make the first verification fail for no wrongdoing.
  if (!auditChain) throw new Error('chaining the audit log needs the open store');
  let previousTag = auditChain.genesis;
  for (const row of rows) {
    const hash = auditChain.tag({ ...row, prev_hash: previousTag });
    await sql`UPDATE audit_log SET prev_hash = ${previousTag}, hash = ${hash} WHERE id = ${row.id}`.execute(
      db,
    );
    previousTag = hash;
  }
}
