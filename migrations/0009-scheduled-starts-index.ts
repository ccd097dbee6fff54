import { sql, type Kysely } from 'kysely';

// "Needs a record" and a facilitator's next session read scheduled sessions in a window of
// start instants. With only (status, local_date) to go by, SQLite took every scheduled session
// (half a year ahead for every group: 125,000 at 16× the large demo centre) and sorted them to
// keep a hundred. (status, starts_at) reads the window alone, already in order, newest first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX group_session_status_starts ON group_session (status, starts_at)`.execute(
    db,
  );
}
