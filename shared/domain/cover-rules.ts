import type { FacilitatorRole } from './facilitators';
import type { ReadinessState } from './readiness';
import type { AvailabilitySlot } from './volunteers';
import type { CoverageGap } from './session-cover';

// The cover rules, decided here once: the core lists gaps and conflicts with them and the
// session page asks the same questions of one session.

/** Why a session has no ready lead, or null when it has one. An override does not make ready. */
export function coverageGapReason(
  facilitators: readonly { role: FacilitatorRole; readiness: { state: ReadinessState } }[],
): CoverageGap['reason'] | null {
  const leads = facilitators.filter((f) => f.role === 'lead');
  if (leads.length === 0) return 'no_lead';
  return leads.some((f) => f.readiness.state !== 'not_ready') ? null : 'lead_not_ready';
}

/** A span of time as ISO instants; the end is not part of it. */
export interface TimeSpan {
  startsAt: string;
  endsAt: string;
}

/** Sessions that touch (one ends as the next starts) do not overlap: one person can do both. */
export const overlaps = (a: TimeSpan, b: TimeSpan): boolean =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** ISO weekday (Monday = 1 … Sunday = 7) of a civil date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** HH:MM plus minutes; past midnight it reads 24:00 or later, which fits no slot. */
export function addMinutesToWallTime(time: string, minutes: number): string {
  const [hours, mins] = time.split(':').map(Number) as [number, number];
  const total = hours * 60 + mins + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Whether a session (local date, start and end) lies inside one of the volunteer's weekly slots,
 * edges included. No availability given means none was stated: that is never a conflict.
 */
export function fitsAvailability(
  slots: readonly AvailabilitySlot[],
  session: { localDate: string; localStart: string; localEnd: string },
): boolean {
  if (slots.length === 0) return true;
  const day = isoWeekday(session.localDate);
  return slots.some(
    (slot) => slot.day === day && slot.from <= session.localStart && session.localEnd <= slot.to,
  );
}
