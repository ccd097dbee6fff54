import { todayIn } from '../../shared/domain/civil-dates';
import {
  attendanceRange,
  attendanceWeeks,
  type AttendanceWeek,
  type MyNextSession,
} from '../../shared/domain/session-dashboard';
import type { CallContext } from '../core/handler-types';

// The dashboard's session figures (issue 10 item 6): a facilitator's next session, and
// attendance week by week.

/**
 * The next session the caller's linked volunteer facilitates, with the others facilitating it
 * (name and phone only). Null for an account linked to no volunteer, or with nothing ahead.
 */
export async function myNextSession({
  store,
  user,
  now,
}: CallContext): Promise<MyNextSession | null> {
  const volunteerId = (await store.users.findById(user.id))?.volunteerId ?? null;
  if (volunteerId === null) return null;
  const session = await store.sessionQueries.nextFacilitatedBy(
    volunteerId,
    new Date(now()).toISOString(),
  );
  if (!session) return null;
  const others = (await store.sessionQueries.facilitatorsOf(session.id)).filter(
    (facilitator) => facilitator.volunteerId !== volunteerId,
  );
  const volunteers = new Map(
    (await store.volunteers.findMany(others.map((other) => other.volunteerId))).map((v) => [
      v.id,
      v,
    ]),
  );
  const coFacilitators = others.flatMap(({ volunteerId: id }) => {
    const volunteer = volunteers.get(id);
    return volunteer && !volunteer.isErased
      ? [{ displayName: volunteer.displayName, phone: volunteer.phone }]
      : [];
  });
  return { session, coFacilitators };
}

/** Held sessions, headcount and newcomers per week (Monday first, in the centre's zone). */
export async function attendanceTrend(
  weeks: number,
  { store, now }: CallContext,
): Promise<AttendanceWeek[]> {
  const { timeZone } = await store.organisation.get();
  const today = todayIn(timeZone, now());
  const { from, to } = attendanceRange(today, weeks);
  return attendanceWeeks(today, weeks, await store.sessionQueries.heldByDate(from, to));
}
