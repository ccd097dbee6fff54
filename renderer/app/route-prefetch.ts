// A screen's data is asked for when its address is entered, not after its first render: the
// router runs these loaders while it matches the route, so the calls are on their way while
// React unmounts the screen before and draws the new one's frame. They never wait (the screen
// shows "Loading…" and any error exactly as before) and only ask what the role may call.
import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import type { MethodName } from '../../shared/api/contract';
import type { Role } from '../../shared/api/roles';
import { todayIn } from '../../shared/domain/civil-dates';
import { funderReportInputSchema } from '../../shared/domain/funder-report';
import { periodDates } from '../../shared/domain/hours';
import { auditLogQuery } from '../audit/audit-queries';
import { calendarQueries } from '../calendar/calendar-queries';
import {
  calendarStateOf,
  toListSessionsInput,
  type CalendarSearch,
} from '../calendar/calendar-search';
import { NO_FILTERS, toListInput as toAuditLogInput } from '../audit/audit-filters';
import { DEFAULT_FILTERS, toListInput } from '../groups/group-filters';
import {
  groupFacilitatorsQuery,
  groupListQuery,
  groupQuery,
  groupSessionsInput,
  sessionListQuery,
} from '../groups/group-queries';
import {
  listStateOf,
  toListVolunteersInput,
  type VolunteerListSearch,
} from '../volunteers/volunteer-list-search';
import { hoursSummaryQuery } from '../hours/hours-queries';
import { FIRST_PERIOD } from '../hours/use-hours-period';
import { locationListQuery } from '../locations/location-queries';
import { funderPeriodOf, funderReportQuery } from '../print/funder-report/funder-queries';
import type { PrintSearch } from '../print/print-search';
import { userListQuery } from '../users/user-queries';
import { volunteerListQuery, volunteerPickQuery } from '../volunteers/volunteer-queries';
import { canCall } from './can-call';
import { organisationQuery } from './organisation-query';

export interface RouterContext {
  queryClient: QueryClient;
  role: Role;
}

function prefetch<T, Key extends QueryKey>(
  { queryClient, role }: RouterContext,
  method: MethodName,
  options: FetchQueryOptions<T, Error, T, Key>,
): void {
  // prefetchQuery never throws; a failed call is asked again when the screen mounts.
  if (canCall(role, method)) void queryClient.prefetchQuery(options);
}

export function prefetchGroups(context: RouterContext): void {
  prefetch(context, 'listGroups', groupListQuery(toListInput(DEFAULT_FILTERS)));
}

export function prefetchVolunteers(context: RouterContext, search: VolunteerListSearch): void {
  prefetch(
    context,
    'listVolunteers',
    volunteerListQuery(toListVolunteersInput(listStateOf(search))),
  );
}

/** The centre's today, once the organisation has been read (it is, from sign-in on). */
function centreToday({ queryClient }: RouterContext): string | null {
  const timeZone = queryClient.getQueryData(organisationQuery.queryKey)?.timeZone;
  return timeZone ? todayIn(timeZone) : null;
}

/** The period and filters in the address, and what the filter bar offers. */
export function prefetchCalendar(context: RouterContext, search: CalendarSearch): void {
  const today = centreToday(context);
  if (today !== null) {
    const state = calendarStateOf(search);
    const queries = calendarQueries(context.role, state.view, toListSessionsInput(state, today));
    if (queries.source === 'byDay') prefetch(context, 'listCalendarDays', queries.byDay);
    else if (queries.source === 'page') prefetch(context, 'listSessionPage', queries.page);
    else prefetch(context, 'listSessions', queries.list);
  }
  prefetch(context, 'listLocations', locationListQuery);
  prefetch(context, 'listVolunteers', volunteerPickQuery(''));
}

/** Every volunteer's hours for the period the screen opens on. */
export function prefetchHours(context: RouterContext): void {
  const today = centreToday(context);
  if (today === null) return;
  prefetch(context, 'listVolunteerHours', hoursSummaryQuery(periodDates(FIRST_PERIOD, today)));
}

/** The group and its sections at once, rather than the sections after the group has arrived. */
export function prefetchGroup(context: RouterContext, groupIdParam: string): void {
  const groupId = Number(groupIdParam);
  if (!Number.isSafeInteger(groupId)) return;
  prefetch(context, 'getGroup', groupQuery(groupId));
  prefetch(context, 'listGroupFacilitators', groupFacilitatorsQuery(groupId));
  const timeZone = context.queryClient.getQueryData(organisationQuery.queryKey)?.timeZone;
  if (!timeZone) return;
  for (const kind of ['upcoming', 'recent'] as const) {
    prefetch(
      context,
      'listSessions',
      sessionListQuery(groupSessionsInput(groupId, kind, timeZone)),
    );
  }
}

/** The audit log's first page with no filters, and the users its filter names. */
export function prefetchAuditLog(context: RouterContext): void {
  prefetch(context, 'listAuditLog', auditLogQuery(toAuditLogInput(NO_FILTERS, 1)));
  prefetch(context, 'listUsers', userListQuery);
}

/** The funder report for the period in the address (the other printables ask in their own way). */
export function prefetchPrintable(
  context: RouterContext,
  printable: string,
  search: PrintSearch,
): void {
  if (printable !== 'funder-report') return;
  const today = centreToday(context);
  if (today === null) return;
  const period = funderPeriodOf(search, today);
  if (funderReportInputSchema.safeParse(period).success) {
    prefetch(context, 'getFunderReport', funderReportQuery(period));
  }
}
