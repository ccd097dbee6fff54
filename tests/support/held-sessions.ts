import type { FacilitatorRole } from '../../shared/domain/facilitators';
import { withRawVaultDatabase } from './raw-database';
import { ADMIN, type TestCore } from './temp-core';

export interface HeldSession {
  sessionId: number;
  /** 'held' unless the test wants hours on a session that did not happen. */
  status?: 'held' | 'scheduled' | 'cancelled';
  facilitators: { volunteerId: number; role?: FacilitatorRole; hours: number | null }[];
}

/**
 * Marks sessions held with each facilitator's hours, behind the core's back: recording a session
 * through the API (recordSession) belongs to the records slice of issue 10, and the hours tests
 * must not wait for it. Locks, writes in one transaction, and signs the admin back in.
 */
export async function recordHeldSessions(
  test: TestCore,
  sessions: readonly HeldSession[],
): Promise<void> {
  await test.call('lock', {});
  await withRawVaultDatabase(test.dataDir, ADMIN, (raw) => {
    const setStatus = raw.prepare(
      `UPDATE group_session SET status = ?, has_own_facilitators = 1, headcount = 8 WHERE id = ?`,
    );
    const addFacilitator = raw.prepare(
      `INSERT INTO session_facilitator (session_id, volunteer_id, role, hours, created_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    raw.transaction(() => {
      for (const session of sessions) {
        setStatus.run(session.status ?? 'held', session.sessionId);
        for (const f of session.facilitators) {
          addFacilitator.run(
            session.sessionId,
            f.volunteerId,
            f.role ?? 'lead',
            f.hours,
            new Date().toISOString(),
          );
        }
      }
    })();
  });
  await test.call('logIn', { username: ADMIN.username, password: ADMIN.password });
}
