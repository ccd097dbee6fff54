import { sql, type Kysely } from 'kysely';

// Referral and crisis contacts (DESIGN §3 "resource", issue 11): the resource sheet, every
// facilitator's session plan and the print station print them. Every field is public.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE resource (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    -- What it is for, in a line: "Someone to talk to, day or night".
    purpose TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    -- Printed first, in a box of its own, on the sheet and in every session plan.
    is_crisis_line INTEGER NOT NULL DEFAULT 0 CHECK (is_crisis_line IN (0, 1)),
    -- A removed resource is kept and can be restored: nothing a person typed is deleted.
    removed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
}
