import { zonedInstant } from '../../shared/domain/zoned-time';
import type { TestCore } from './temp-core';

/**
 * Stores one session straight through the sessions repository, for tests of what is done with
 * sessions (cover, records, incidents, lists) that must not depend on how schedules expand.
 * The organisation's zone of the test cores is Europe/London.
 */
export async function insertSession(
  test: Pick<TestCore, 'core'>,
  session: {
    groupId: number;
    localDate: string;
    localStart?: string;
    durationMinutes?: number;
    locationId?: number | null;
    room?: string;
    /** The schedule date it stands for; null (the default) makes it an extra session. */
    occurrenceDate?: string | null;
  },
): Promise<number> {
  const localStart = session.localStart ?? '18:30';
  const startsAt = zonedInstant(session.localDate, localStart, 'Europe/London');
  const endsAt = new Date(Date.parse(startsAt) + (session.durationMinutes ?? 90) * 60_000);
  return test.core.vault.store.sessions.insert({
    groupId: session.groupId,
    occurrenceDate: session.occurrenceDate ?? null,
    startsAt,
    endsAt: endsAt.toISOString(),
    localDate: session.localDate,
    localStart,
    locationId: session.locationId ?? null,
    room: session.room ?? '',
  });
}
