import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import { nowIso } from './rows';

/** Closures and one session's exceptions (issue 10 item 2). */
export class ClosuresRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  /**
   * Cancels, with the closure's reason, every scheduled session dated inside a closure in force
   * (the whole centre, or the session's own location) between `from` and `to`; returns how
   * many. Held sessions and sessions already cancelled are left as they are.
   */
  async cancelSessionsInside(from: string, to: string): Promise<number> {
    const result = await sql`
      UPDATE group_session AS s
      SET status = 'cancelled', closure_id = c.id, cancel_reason = c.reason, updated_at = ${nowIso()}
      FROM (
        SELECT s2.id AS session_id, MIN(c2.id) AS closure_id
        FROM group_session AS s2
        JOIN closure AS c2 ON s2.local_date BETWEEN c2.starts_on AND c2.ends_on
          AND (c2.location_id IS NULL OR c2.location_id = s2.location_id)
        WHERE c2.removed_at IS NULL AND s2.status = 'scheduled'
          AND s2.local_date BETWEEN ${from} AND ${to}
        GROUP BY s2.id
      ) AS hit
      JOIN closure AS c ON c.id = hit.closure_id
      WHERE s.id = hit.session_id`.execute(this.db);
    return Number(result.numAffectedRows ?? 0n);
  }
}
