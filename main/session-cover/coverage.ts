import {
  addMinutesToWallTime,
  coverageGapReason,
  fitsAvailability,
  overlaps,
} from '../../shared/domain/cover-rules';
import { addDays, compareIso, todayIn } from '../../shared/domain/civil-dates';
import {
  COVER_CONFLICTS_LIMIT,
  type CoverConflict,
  type CoverageGap,
} from '../../shared/domain/session-cover';
import type { CallContext } from '../core/handler-types';
import type { CoverSession, StoredSessionFacilitator } from '../store/session-cover-repository';
import type { Repositories } from '../store/store';
import { coverPeople, type CoverPeople } from './cover-people';
import { groupByVolunteer } from '../volunteers/volunteer-views';

// Coverage gaps and conflicts over the coming days. Only the window is read, in a handful of
// queries whatever its size (sessions, their facilitators, those people and their trainings);
// the rules themselves are in shared/domain/cover-rules.ts.

interface WindowPick {
  isWanted?: (f: StoredSessionFacilitator) => boolean;
  around?: CoverSession;
}

interface Window {
  sessions: CoverSession[];
  bySession: Map<number, StoredSessionFacilitator[]>;
  people: CoverPeople;
}

/**
 * Scheduled sessions from today through `days` days ahead that have not ended yet (with
 * `around`, only those sharing some of its time), with the facilitators `isWanted` keeps and
 * those people.
 */
async function readWindow(
  repos: Repositories,
  days: number,
  now: number,
  { isWanted = () => true, around }: WindowPick = {},
): Promise<Window> {
  const { timeZone } = await repos.organisation.get();
  const today = todayIn(timeZone, now);
  const to = addDays(today, days);
  const sessions = await repos.sessionCover.scheduledBetween(
    today,
    to,
    new Date(now).toISOString(),
    around,
  );
  const facilitators = (await repos.sessionCover.facilitatorsOfSessions(sessions)).filter(isWanted);
  const bySession = new Map<number, StoredSessionFacilitator[]>();
  for (const f of facilitators) {
    const list = bySession.get(f.sessionId) ?? [];
    list.push(f);
    bySession.set(f.sessionId, list);
  }
  const people = await coverPeople(
    repos,
    facilitators.map((f) => f.volunteerId),
    now,
  );
  return { sessions, bySession, people };
}

const sessionFields = (s: CoverSession) => ({
  sessionId: s.id,
  groupId: s.groupId,
  groupName: s.groupName,
  startsAt: s.startsAt,
  localDate: s.localDate,
  localStart: s.localStart,
});

export async function listCoverageGaps(
  { days }: { days: number },
  { store, now }: CallContext,
): Promise<CoverageGap[]> {
  // A gap is about leads alone: the co-facilitators' and backups' readiness is not worked out.
  const { sessions, bySession, people } = await readWindow(store, days, now(), {
    isWanted: (f) => f.role === 'lead',
  });
  return sessions.flatMap((session) => {
    const facilitators = (bySession.get(session.id) ?? []).map((f) => ({
      role: f.role,
      readiness: {
        state: people.isNotReady(f.volunteerId, f.role, session.localDate)
          ? ('not_ready' as const)
          : ('ready' as const),
      },
    }));
    const reason = coverageGapReason(facilitators);
    return reason ? [{ ...sessionFields(session), reason }] : [];
  });
}

/** Where a session ends on the wall clock, from its start and its length. */
const localEnd = (s: CoverSession) =>
  addMinutesToWallTime(
    s.localStart,
    Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000),
  );

/** Each of a volunteer's sessions that overlaps another of theirs, with that other one. */
function overlapConflicts(
  sessions: readonly CoverSession[],
  assignments: readonly StoredSessionFacilitator[],
): { session: CoverSession; volunteerId: number; other: CoverSession }[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const found = [];
  for (const [volunteerId, own] of groupByVolunteer(assignments)) {
    // In start order, each session is compared only with those starting before it ends.
    const mine = own
      .flatMap((a) => byId.get(a.sessionId) ?? [])
      .sort((a, b) => compareIso(a.startsAt, b.startsAt));
    for (let i = 0; i < mine.length; i += 1) {
      for (let j = i + 1; j < mine.length && mine[j]!.startsAt < mine[i]!.endsAt; j += 1) {
        if (!overlaps(mine[i]!, mine[j]!)) continue;
        found.push({ session: mine[i]!, volunteerId, other: mine[j]! });
        found.push({ session: mine[j]!, volunteerId, other: mine[i]! });
      }
    }
  }
  return found;
}

/**
 * Volunteers double-booked, outside their availability or not ready over the coming `days`,
 * soonest first: the first COVER_CONFLICTS_LIMIT of them, or all of one session's.
 */
export async function listCoverConflicts(
  { days, sessionId }: { days: number; sessionId: number | null },
  { store, now }: CallContext,
): Promise<CoverConflict[]> {
  // One session's conflicts are with sessions at the same time: those are all it reads.
  const around = sessionId === null ? undefined : await store.sessionCover.findSession(sessionId);
  if (sessionId !== null && !around) return [];
  const { sessions, bySession, people } = await readWindow(store, days, now(), { around });
  const nameOf = (id: number) => people.volunteer(id)?.displayName ?? '';
  const conflict = (
    kind: CoverConflict['kind'],
    session: CoverSession,
    volunteerId: number,
    other: CoverSession | null = null,
  ): CoverConflict => ({
    kind,
    ...sessionFields(session),
    volunteerId,
    volunteerName: nameOf(volunteerId),
    otherSessionId: other?.id ?? null,
    otherGroupName: other?.groupName ?? null,
  });
  const assignments = sessions.flatMap((s) => bySession.get(s.id) ?? []);
  const conflicts = overlapConflicts(sessions, assignments).map((o) =>
    conflict('overlap', o.session, o.volunteerId, o.other),
  );
  for (const session of sessions) {
    const span = { ...session, localEnd: localEnd(session) };
    for (const f of bySession.get(session.id) ?? []) {
      const slots = people.volunteer(f.volunteerId)?.availability ?? [];
      if (!fitsAvailability(slots, span)) {
        conflicts.push(conflict('outside_availability', session, f.volunteerId));
      }
      if (people.isNotReady(f.volunteerId, f.role, session.localDate)) {
        conflicts.push(conflict('not_ready', session, f.volunteerId));
      }
    }
  }
  if (sessionId !== null) return conflicts.filter((c) => c.sessionId === sessionId);
  return conflicts
    .sort((a, b) => compareIso(a.startsAt, b.startsAt) || a.sessionId - b.sessionId)
    .slice(0, COVER_CONFLICTS_LIMIT);
}
