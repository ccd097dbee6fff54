import { addDays, todayIn } from '../../shared/domain/civil-dates';
import { expandSchedule } from '../../shared/schedule/expand';
import type { GroupSchedule, NewSession } from '../store/sessions-repository';
import type { Repositories } from '../store/store';

// Sessions exist from today to the end of the rolling horizon (a setting). Generation only ever
// adds what a schedule has and the database lacks; it never changes or removes a stored session
// (a schedule edit does that, for untouched sessions only: see schedule-change.ts).

/** The sessions a group's schedule has between two civil dates (inclusive). */
export function sessionsOfSchedule(
  group: GroupSchedule,
  timeZone: string,
  window: { from: string; to: string },
): NewSession[] {
  return expandSchedule(group, timeZone, window).map((occurrence) => ({
    groupId: group.id,
    occurrenceDate: occurrence.date,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    localDate: occurrence.date,
    localStart: occurrence.localStart,
    locationId: group.locationId,
    room: group.room,
  }));
}

export interface Horizon {
  today: string;
  timeZone: string;
  /** The horizon in weeks; the organisation's setting when not given. */
  weeks?: number;
}

/** The civil dates sessions exist for: today to the end of the horizon. */
export async function horizonWindow(
  repos: Repositories,
  horizon: Horizon,
): Promise<{ from: string; to: string }> {
  const weeks = horizon.weeks ?? (await repos.organisation.getSettings()).sessionHorizonWeeks;
  return { from: horizon.today, to: addDays(horizon.today, 7 * weeks) };
}

/**
 * Adds the missing sessions of every active group (or of one) between two civil dates
 * (inclusive), then cancels those that fall inside a closure. Returns how many were added. The
 * horizon uses it from today on; demo data uses it for a centre's past years.
 */
export async function fillWindow(
  repos: Repositories,
  timeZone: string,
  window: { from: string; to: string },
  groupId: number | null = null,
): Promise<number> {
  let added = 0;
  for (const group of await repos.sessions.activeSchedules(groupId)) {
    added += await repos.sessions.insertMissing(sessionsOfSchedule(group, timeZone, window));
  }
  if (added > 0) await repos.closures.cancelSessionsInside(window.from, window.to);
  return added;
}

/** Adds the missing sessions of every active group (or of one) from today to the horizon. */
export async function fillHorizon(
  repos: Repositories,
  horizon: Horizon,
  groupId: number | null = null,
): Promise<number> {
  return fillWindow(repos, horizon.timeZone, await horizonWindow(repos, horizon), groupId);
}

/**
 * For a group just created (or every group, null, once the horizon setting grows): the sessions
 * exist at once, not tomorrow.
 */
export async function fillGroupHorizon(
  repos: Repositories,
  groupId: number | null,
  now: number,
): Promise<number> {
  const { timeZone } = await repos.organisation.get();
  return fillHorizon(repos, { today: todayIn(timeZone, now), timeZone }, groupId);
}
