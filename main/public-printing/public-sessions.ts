// The public calendar's meetings (issue 11): the listed groups' sessions in a window of dates,
// and the closures in it, derived field by field so nothing internal comes along.
import { todayIn } from '../../shared/domain/civil-dates';
import type {
  PublicClosure,
  PublicSession,
  SessionWindow,
} from '../../shared/domain/public-snapshot';
import { PUBLIC_MONTHS_AHEAD } from '../../shared/domain/public-snapshot';
import { monthOf, monthsFrom, sessionWindowOf } from '../../shared/print/calendar-months';
import { horizonWindow } from '../sessions/generate';
import { addToWallTime } from '../../shared/feeds/wall-time';
import type { Repositories } from '../store/store';

/**
 * The dates a printout can show meetings for: `month` when one is asked for (signed in), else
 * the print station's months (this one and the next few); never past the session horizon.
 */
export async function publicSessionWindow(
  repos: Repositories,
  now: Date,
  month?: string,
): Promise<SessionWindow> {
  const timeZone = await repos.organisation.timeZone();
  const today = todayIn(timeZone, now.getTime());
  const horizon = await horizonWindow(repos, { today, timeZone });
  const first = month ?? monthOf(today);
  const last = month ?? monthsFrom(first, PUBLIC_MONTHS_AHEAD + 1).at(-1)!;
  return sessionWindowOf({ first, last }, horizon.to);
}

export interface PublicGroupRef {
  id: number;
  /** Where it meets in person (null online): a closure of that place is public. */
  locationId: number | null;
}

/**
 * `groups` are the snapshot's groups, in its order: a session names its group by position.
 * `placeNames` are the names of the places those groups meet at.
 */
export async function buildPublicSessions(
  repos: Repositories,
  window: SessionWindow,
  groups: readonly PublicGroupRef[],
  placeNames: ReadonlyMap<number, string>,
): Promise<{ sessions: PublicSession[]; closures: PublicClosure[] }> {
  if (window.to < window.from) return { sessions: [], closures: [] };
  const positions = new Map(groups.map((group, index) => [group.id, index]));
  const rows = await repos.sessionQueries.listPublic(window.from, window.to);
  const sessions = rows.flatMap((row): PublicSession[] => {
    const group = positions.get(row.groupId);
    if (group === undefined) return [];
    const minutes = Math.round((Date.parse(row.endsAt) - Date.parse(row.startsAt)) / 60_000);
    const isCancelled = row.status === 'cancelled';
    return [
      {
        group,
        date: row.localDate,
        occurrenceDate: row.occurrenceDate,
        startTime: row.localStart,
        endTime: addToWallTime(row.localStart, minutes),
        isCancelled,
        closure: isCancelled ? (row.closureReason ?? '') : '',
      },
    ];
  });
  const closures = (await repos.closures.listOverlapping(window.from, window.to)).flatMap(
    (closure): PublicClosure[] => {
      const place = closure.locationId === null ? null : placeNames.get(closure.locationId);
      if (place === undefined) return [];
      return [
        { startsOn: closure.startsOn, endsOn: closure.endsOn, reason: closure.reason, place },
      ];
    },
  );
  return { sessions, closures };
}
