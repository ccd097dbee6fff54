import { sql, type Kysely } from 'kysely';

// Each group's facilitator guide (issue 11): the opening words, check-in question and closing
// words its facilitators read from the session plan. Empty means "use the default guide for the
// group's focus", so existing groups print the template until a coordinator adapts it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE support_group ADD COLUMN facilitator_guide TEXT NOT NULL DEFAULT ''`.execute(
    db,
  );
}
