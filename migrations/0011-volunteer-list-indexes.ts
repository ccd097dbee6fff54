import { sql, type Kysely } from 'kysely';

// The volunteer list reads one page, not every volunteer (at 16× the large demo centre, 80,000
// of them read through the name index, each looked up in the table, took over a second).
// - Listed volunteers (never the erased) by each sort the list offers, with the id breaking
//   ties as the list does: a page is the next 50 entries of one index. Each also holds status
//   and the folded search text, so a search or a status filter, and counting what matches,
//   read the index alone, never the table. The list names the index it reads (INDEXED BY):
//   without statistics SQLite picked the narrowest, looking every row up in the table.
// - readiness_change: which volunteers changed what readiness reads (status, erasure,
//   background check, training completions), stamped by triggers, so the core's kept
//   readiness states (main/volunteers/readiness-states.ts) work out only those again after
//   a write, whoever wrote. One row per volunteer at most; ids and counters, nothing personal.
export async function up(db: Kysely<unknown>): Promise<void> {
  const listed = 'WHERE erased_at IS NULL';
  const stamp = (id: string) =>
    `INSERT INTO readiness_change (volunteer_id, seq)
      VALUES (${id}, (SELECT coalesce(max(seq), 0) + 1 FROM readiness_change))
      ON CONFLICT (volunteer_id) DO UPDATE SET seq = excluded.seq;`;
  const facts = 'status, erased_at, background_check_status, background_check_expires_on';
  const statements = [
    `CREATE INDEX volunteer_listed_name
      ON volunteer (last_name, first_name, id, status, search_text, erased_at) ${listed}`,
    `CREATE INDEX volunteer_listed_status
      ON volunteer (status, first_name, id, search_text, erased_at) ${listed}`,
    `CREATE INDEX volunteer_listed_start
      ON volunteer (start_date, first_name, id, status, search_text, erased_at) ${listed}`,
    `CREATE TABLE readiness_change (
      volunteer_id INTEGER PRIMARY KEY,
      seq INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX readiness_change_seq ON readiness_change (seq)`,
    `CREATE TRIGGER readiness_change_volunteer_insert AFTER INSERT ON volunteer
      BEGIN ${stamp('NEW.id')} END`,
    `CREATE TRIGGER readiness_change_volunteer_update AFTER UPDATE OF ${facts} ON volunteer
      BEGIN ${stamp('NEW.id')} END`,
    `CREATE TRIGGER readiness_change_volunteer_delete AFTER DELETE ON volunteer
      BEGIN ${stamp('OLD.id')} END`,
    `CREATE TRIGGER readiness_change_completion_insert AFTER INSERT ON volunteer_training
      BEGIN ${stamp('NEW.volunteer_id')} END`,
    `CREATE TRIGGER readiness_change_completion_update AFTER UPDATE ON volunteer_training
      BEGIN ${stamp('OLD.volunteer_id')} ${stamp('NEW.volunteer_id')} END`,
    `CREATE TRIGGER readiness_change_completion_delete AFTER DELETE ON volunteer_training
      BEGIN ${stamp('OLD.volunteer_id')} END`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
