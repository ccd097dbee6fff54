import { todayIn } from '../../shared/domain/civil-dates';
import type { Group, GroupStatus } from '../../shared/domain/groups';
import type { ScheduleChangePreview } from '../../shared/domain/sessions';
import type { GroupSchedule, NewSession, StoredSession } from '../store/sessions-repository';
import type { Repositories } from '../store/store';
import { horizonWindow, sessionsOfSchedule } from './generate';

// What a schedule edit does to a group's sessions, planned once: the preview shows the plan,
// saving applies the same plan. Only untouched future sessions (see UNTOUCHED in the sessions
// repository) take part; past sessions and those anyone recorded or decided on stay as they are.

/** A group's schedule and place as they would be after the edit. */
export interface PlannedGroup extends GroupSchedule {
  status: GroupStatus;
}

export interface ScheduleChangePlan {
  /** Untouched future sessions put at a new date, time or place (same id). */
  regenerate: { id: number; from: StoredSession; to: NewSession }[];
  insert: NewSession[];
  /** Untouched future sessions the schedule no longer has. */
  remove: number[];
  /** Future sessions with records or a person's decision: never changed. */
  kept: number;
  window: { from: string; to: string };
}

export function plannedGroupOf(group: Group): PlannedGroup {
  return {
    id: group.id,
    ...group.schedule,
    startDate: group.startDate,
    endDate: group.endDate,
    locationId: group.locationId,
    room: group.room,
    status: group.status,
  };
}

const isSamePlace = (stored: StoredSession, wanted: NewSession) =>
  stored.occurrenceDate === wanted.occurrenceDate &&
  stored.startsAt === wanted.startsAt &&
  stored.endsAt === wanted.endsAt &&
  stored.locationId === wanted.locationId &&
  stored.room === wanted.room;

/**
 * Pairs the free sessions with what the schedule now wants: the same schedule date first, then
 * the rest in date order, so "Tuesdays become Wednesdays" moves each session to its new day
 * (keeping its id and page) instead of removing one and adding another.
 */
function pairUp(free: StoredSession[], wanted: NewSession[]) {
  const freeByDate = new Map(free.map((session) => [session.occurrenceDate, session]));
  const pairs: [StoredSession, NewSession][] = [];
  const unmatched: NewSession[] = [];
  for (const session of wanted) {
    const stored = freeByDate.get(session.occurrenceDate);
    if (stored) {
      pairs.push([stored, session]);
      freeByDate.delete(session.occurrenceDate);
    } else {
      unmatched.push(session);
    }
  }
  const leftover = [...freeByDate.values()];
  const zipped = Math.min(leftover.length, unmatched.length);
  for (let i = 0; i < zipped; i += 1) pairs.push([leftover[i]!, unmatched[i]!]);
  return {
    pairs,
    insert: unmatched.slice(zipped),
    remove: leftover.slice(zipped).map((session) => session.id),
  };
}

/** What saving `group` (as edited) would do to its sessions, at instant `now`. Reads only. */
export async function planScheduleChange(
  repos: Repositories,
  group: PlannedGroup,
  now: number,
): Promise<ScheduleChangePlan> {
  const { timeZone } = await repos.organisation.get();
  const today = todayIn(timeZone, now);
  const nowIso = new Date(now).toISOString();
  const window = await horizonWindow(repos, { today, timeZone });
  const stored = await repos.sessions.sessionsFrom(group.id, today, nowIso);
  const free = stored.filter((session) => session.isUntouched && session.startsAt > nowIso);
  const fixed = stored.filter((session) => !free.includes(session));
  // A schedule date held by a session that stays (recorded, decided on, or past) is taken.
  const taken = new Set(fixed.map((session) => session.occurrenceDate));
  const wanted =
    group.status === 'active'
      ? sessionsOfSchedule(group, timeZone, window).filter(
          (session) => session.startsAt > nowIso && !taken.has(session.occurrenceDate),
        )
      : [];
  const { pairs, insert, remove } = pairUp(free, wanted);
  return {
    regenerate: pairs
      .filter(([from, to]) => !isSamePlace(from, to))
      .map(([from, to]) => ({ id: from.id, from, to })),
    insert,
    remove,
    kept: fixed.filter((session) => session.startsAt > nowIso).length,
    window,
  };
}

/** Carries out a plan inside the caller's write transaction. */
export async function applyScheduleChange(
  repos: Repositories,
  plan: ScheduleChangePlan,
): Promise<void> {
  await repos.sessions.removeUntouched(plan.remove);
  for (const { id, to } of plan.regenerate) await repos.sessions.regenerate(id, to);
  await repos.sessions.insertMissing(plan.insert);
  if (plan.regenerate.length > 0 || plan.insert.length > 0) {
    // Regenerated sessions start out scheduled; closures in force cancel them again.
    await repos.closures.cancelSessionsInside(plan.window.from, plan.window.to);
  }
}

/** The start time shared by every session in a list, or null when they differ. */
function sharedTime(times: string[]): string | null {
  const distinct = new Set(times);
  return distinct.size === 1 ? [...distinct][0]! : null;
}

/** The plan in numbers, as the group form says it before saving. */
export function previewOf(plan: ScheduleChangePlan): ScheduleChangePreview {
  const fromTime = sharedTime(plan.regenerate.map((change) => change.from.localStart));
  const toTime = sharedTime(plan.regenerate.map((change) => change.to.localStart));
  const isOneTimeChange = fromTime !== null && toTime !== null && fromTime !== toTime;
  return {
    moved: plan.regenerate.length,
    fromTime: isOneTimeChange ? fromTime : null,
    toTime: isOneTimeChange ? toTime : null,
    added: plan.insert.length,
    removed: plan.remove.length,
    kept: plan.kept,
  };
}

/**
 * After a group's schedule, dates, status or place are saved: brings its untouched future
 * sessions in line with what is now stored. Returns what it did.
 */
export async function regenerateGroupSessions(
  repos: Repositories,
  group: Group,
  now: number,
): Promise<ScheduleChangePreview> {
  const plan = await planScheduleChange(repos, plannedGroupOf(group), now);
  await applyScheduleChange(repos, plan);
  return previewOf(plan);
}
