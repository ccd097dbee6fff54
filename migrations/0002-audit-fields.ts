import { sql, type Kysely } from 'kysely';

// An audit entry names the fields a change touched (a JSON array of field names), never
// their values: "who changed the phone number of volunteer 12", not what it became.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN fields TEXT NOT NULL DEFAULT '[]'`.execute(db);
}
