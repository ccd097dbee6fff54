import { sql, type Kysely } from 'kysely';

// Whether a group's online link and dial-in may be published (issue 12): in the public meeting
// list, calendar and Meeting Guide feed. Off for every group already there, as for new ones: many
// groups give their link only on request, to keep strangers out of a meeting of vulnerable people.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE support_group ADD COLUMN is_online_link_public INTEGER NOT NULL DEFAULT 0
    CHECK (is_online_link_public IN (0, 1))`.execute(db);
}
