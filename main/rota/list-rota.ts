import type { MethodParsedInput } from '../../shared/api/contract';
import type { Rota, RotaFacilitator } from '../../shared/domain/rota';
import { wallTimeAt } from '../../shared/domain/zoned-time';
import type { CallContext } from '../core/handler-types';

// The rota of a period in three queries whatever its length (a quarter of a large centre is
// thousands of sessions): the sessions (the calendar's query, through the local date index),
// who facilitates each (own list, else the group's), and those people once each.

export async function listRota(
  { from, to }: MethodParsedInput<'listRota'>,
  { store }: CallContext,
): Promise<Rota> {
  const timeZone = await store.organisation.timeZone();
  const sessions = await store.sessionQueries.list({
    from,
    to,
    groupId: null,
    locationId: null,
    focus: null,
    volunteerId: null,
    status: null,
  });
  const assignments = await store.sessionCover.facilitatorsOf({ from, to, isAnyStatus: true });
  const bySession = new Map<number, RotaFacilitator[]>();
  for (const { sessionId, volunteerId, role } of assignments) {
    const list = bySession.get(sessionId) ?? [];
    list.push({ volunteerId, role });
    bySession.set(sessionId, list);
  }
  const people = await store.rota.peopleOf(assignments.map((a) => a.volunteerId));
  return {
    from,
    to,
    sessions: sessions.map((session) => ({
      id: session.id,
      groupId: session.groupId,
      groupName: session.groupName,
      format: session.format,
      localDate: session.localDate,
      localStart: session.localStart,
      localEnd: wallTimeAt(session.endsAt, timeZone),
      locationName: session.locationName,
      room: session.room,
      status: session.status,
      cancelReason: session.cancelReason,
      facilitators: bySession.get(session.id) ?? [],
    })),
    people,
  };
}
