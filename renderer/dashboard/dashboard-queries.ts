import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../shared/api/contract';
import type { Role } from '../../shared/api/roles';
import { addDays, todayIn } from '../../shared/domain/civil-dates';
import type { ReadinessState } from '../../shared/domain/readiness';
import type { CalendarDay } from '../../shared/domain/sessions';
import { ATTENDANCE_WEEKS, mondayOf } from '../../shared/domain/session-dashboard';
import { call } from '../api/client';
import { canCall } from '../app/can-call';
import { organisationQuery } from '../app/organisation-query';
import { queryKeys } from '../app/query-keys';
import { backupStatusQuery } from '../backup/backup-queries';
import { calendarDaysFrom } from '../calendar/day-sessions';
import { recoveryKeyStatusQuery } from '../settings/recovery-key-status';

// What the dashboard asks the core, in one place: its panels read these, and the sign-in asks
// for all of them at once, before the dashboard is even drawn (prefetchDashboard).

export const dashboardQuery = queryOptions({
  queryKey: queryKeys.dashboard,
  queryFn: () => call('getDashboard', {}),
});

export const coverageGapsQuery = queryOptions({
  queryKey: queryKeys.coverageGaps,
  queryFn: () => call('listCoverageGaps', {}),
});

/** The fortnight's first conflicts (COVER_CONFLICTS_LIMIT), soonest first. */
export const coverConflictsQuery = queryOptions({
  queryKey: queryKeys.coverConflicts,
  queryFn: () => call('listCoverConflicts', {}),
});

/** One session's conflicts, every one: what its page lists with a fix for each. */
export const sessionCoverConflictsQuery = (sessionId: number) =>
  queryOptions({
    queryKey: queryKeys.sessionCoverConflicts(sessionId),
    queryFn: () => call('listCoverConflicts', { sessionId }),
  });

export const needsRecordQuery = queryOptions({
  queryKey: queryKeys.needsRecord,
  queryFn: () => call('listNeedsRecord', {}),
});

const OPEN_INCIDENTS = { status: 'open', sessionId: null } as const;

export const openIncidentsQuery = queryOptions({
  queryKey: queryKeys.incidentList(OPEN_INCIDENTS),
  queryFn: () => call('listIncidents', OPEN_INCIDENTS),
});

export const attendanceTrendQuery = queryOptions({
  queryKey: queryKeys.attendanceTrend,
  queryFn: () => call('getAttendanceTrend', { weeks: ATTENDANCE_WEEKS }),
});

export const myNextSessionQuery = queryOptions({
  queryKey: queryKeys.myNextSession,
  queryFn: () => call('getMyNextSession', {}),
});

/** Names listed before "and N more": enough to act on, short enough for the dashboard. */
export const READINESS_NAMES_SHOWN = 5;

export function readinessQuery(readiness: Exclude<ReadinessState, 'ready'>) {
  const input = { status: 'active' as const, readiness, limit: READINESS_NAMES_SHOWN };
  return queryOptions({
    queryKey: queryKeys.volunteerList(input),
    queryFn: () => call('listVolunteers', input),
  });
}

/** Today's list stops here; a big centre's full day is one link away, in the calendar. */
export const TODAY_SHOWN = 8;

/**
 * The days from today to Sunday in the centre's time zone, each with its first sessions and
 * its counts: counted in the core for staff (a large centre's week is 300 sessions), from the
 * facilitator's own groups' list for them.
 */
export function thisWeekQuery(timeZone: string, role: Role) {
  const today = todayIn(timeZone);
  const input = { from: today, to: addDays(mondayOf(today), 6) };
  return queryOptions({
    queryKey: queryKeys.thisWeek(input.from),
    queryFn: async (): Promise<CalendarDay[]> =>
      canCall(role, 'listCalendarDays')
        ? call('listCalendarDays', { ...input, perDay: TODAY_SHOWN })
        : calendarDaysFrom(await call('listSessions', input), TODAY_SHOWN),
  });
}

/**
 * Asks for everything the dashboard of `role` shows, all at once, the figures first and the
 * slowest (cover conflicts) last: the core answers one call at a time, and the figures are what
 * a person looks for first. A panel is asked for only when the role may call its method, as
 * the dashboard draws it (DashboardScreen). Errors are left to the panels, which ask again.
 */
export function prefetchDashboard(client: QueryClient, role: Role): void {
  const may = (method: MethodName) => canCall(role, method);
  const asks: [boolean, () => Promise<unknown>][] = [
    [true, () => client.prefetchQuery(dashboardQuery)],
    [
      true,
      () =>
        client
          .fetchQuery(organisationQuery)
          .then(({ timeZone }) => client.prefetchQuery(thisWeekQuery(timeZone, role))),
    ],
    [role === 'admin', () => client.prefetchQuery(recoveryKeyStatusQuery)],
    [role !== 'facilitator', () => client.prefetchQuery(backupStatusQuery)],
    [role === 'facilitator', () => client.prefetchQuery(myNextSessionQuery)],
    [may('listCoverageGaps'), () => client.prefetchQuery(coverageGapsQuery)],
    [may('listNeedsRecord'), () => client.prefetchQuery(needsRecordQuery)],
    [may('updateIncident'), () => client.prefetchQuery(openIncidentsQuery)],
    [may('listVolunteers'), () => client.prefetchQuery(readinessQuery('expiring'))],
    [may('listVolunteers'), () => client.prefetchQuery(readinessQuery('not_ready'))],
    [may('getAttendanceTrend'), () => client.prefetchQuery(attendanceTrendQuery)],
    [may('listCoverConflicts'), () => client.prefetchQuery(coverConflictsQuery)],
  ];
  for (const [isShown, ask] of asks) if (isShown) void ask().catch(() => undefined);
}
