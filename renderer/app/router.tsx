// Code-based routes over hash history: Electron loads a file, so the path lives after the '#'.
import { useQueryClient } from '@tanstack/react-query';
import {
  createHashHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  redirect,
  RouterProvider,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AuditScreen } from '../audit/AuditScreen';
import { BackupScreen } from '../backup/BackupScreen';
import { ClosuresScreen } from '../closures/ClosuresScreen';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { parseCalendarSearch } from '../calendar/calendar-search';
import { RestoreScreen } from '../backup/RestoreScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { GroupDetailScreen } from '../groups/GroupDetailScreen';
import { EditGroupScreen, NewGroupScreen } from '../groups/GroupFormScreens';
import { GroupsScreen } from '../groups/GroupsScreen';
import { IncidentDetailScreen } from '../incidents/IncidentDetailScreen';
import { IncidentsScreen } from '../incidents/IncidentsScreen';
import { HoursScreen } from '../hours/HoursScreen';
import { LocationsScreen } from '../locations/LocationsScreen';
import { PrintCentreScreen } from '../print/PrintCentreScreen';
import { parsePrintSearch } from '../print/print-search';
import { PrintRoute } from '../print/PrintRoute';
import { SessionScreen } from '../sessions/SessionScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { NotFoundScreen } from '../shell/NotFoundScreen';
import { TrainingsScreen } from '../trainings/TrainingsScreen';
import { ResourcesScreen } from '../resources/ResourcesScreen';
import { EditVolunteerScreen, NewVolunteerScreen } from '../volunteers/VolunteerFormScreens';
import { Shell } from '../shell/Shell';
import { parseVolunteerListSearch } from '../volunteers/volunteer-list-search';
import { VolunteerDetailScreen } from '../volunteers/VolunteerDetailScreen';
import { VolunteersScreen } from '../volunteers/VolunteersScreen';
import { ImportVolunteersScreen } from '../volunteer-import/ImportVolunteersScreen';
import { UsersScreen } from '../users/UsersScreen';
import { PRE_LOGIN_PATHS } from './pre-login-path';
import { requires } from './route-guard';
import {
  prefetchAuditLog,
  prefetchCalendar,
  prefetchGroup,
  prefetchGroups,
  prefetchHours,
  prefetchPrintable,
  prefetchVolunteers,
  type RouterContext,
} from './route-prefetch';
import { prefetchDashboard } from '../dashboard/dashboard-queries';
import { useSignedInUser } from './vault-context';

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Shell,
  notFoundComponent: NotFoundScreen,
});

const page = <Path extends string>(path: Path, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: DashboardScreen,
  loader: ({ context }) => prefetchDashboard(context.queryClient, context.role),
});
const groupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups',
  component: GroupsScreen,
  loader: ({ context }) => prefetchGroups(context),
});
const newGroupRoute = page('/groups/new', requires('createGroup', NewGroupScreen));
const groupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups/$groupId',
  component: GroupDetailScreen,
  loader: ({ context, params }) => prefetchGroup(context, params.groupId),
});
const editGroupRoute = page('/groups/$groupId/edit', requires('updateGroup', EditGroupScreen));
const locationsRoute = page('/locations', requires('listLocations', LocationsScreen));
const settingsRoute = page('/settings', requires('changePassword', SettingsScreen));
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  component: requires('listAuditLog', AuditScreen),
  loader: ({ context }) => prefetchAuditLog(context),
});
const newVolunteerRoute = page('/volunteers/new', requires('createVolunteer', NewVolunteerScreen));
const editVolunteerRoute = page(
  '/volunteers/$volunteerId/edit',
  requires('updateVolunteer', EditVolunteerScreen),
);
const importVolunteersRoute = page(
  '/volunteers/import',
  requires('importVolunteers', ImportVolunteersScreen),
);
const trainingsRoute = page('/trainings', requires('listTrainings', TrainingsScreen));
const volunteersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/volunteers',
  component: requires('listVolunteers', VolunteersScreen),
  validateSearch: parseVolunteerListSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => prefetchVolunteers(context, deps),
});
const volunteerRoute = page(
  '/volunteers/$volunteerId',
  requires('getVolunteer', VolunteerDetailScreen),
);
const usersRoute = page('/users', requires('listUsers', UsersScreen));
const closuresRoute = page('/closures', requires('listClosures', ClosuresScreen));
const sessionRoute = page('/sessions/$sessionId', requires('getSession', SessionScreen));
const incidentsRoute = page('/incidents', requires('listIncidents', IncidentsScreen));
const incidentRoute = page('/incidents/$incidentId', requires('getIncident', IncidentDetailScreen));
const calendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/calendar',
  component: requires('listSessions', CalendarScreen),
  validateSearch: parseCalendarSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => prefetchCalendar(context, deps),
});
const printCentreRoute = page('/print', PrintCentreScreen);
const printRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/print/$printable',
  component: PrintRoute,
  validateSearch: parsePrintSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context, params, deps }) => prefetchPrintable(context, params.printable, deps),
});
const resourcesRoute = page('/resources', requires('createResource', ResourcesScreen));
const hoursRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/hours',
  component: requires('listVolunteerHours', HoursScreen),
  loader: ({ context }) => prefetchHours(context),
});
const backupRoute = page('/backup', requires('createBackup', BackupScreen));
const restoreRoute = page('/backup/restore', requires('restoreBackup', RestoreScreen));

/** After signing in from the login or recovery screen, start on the dashboard. */
const signedInRedirects = Object.values(PRE_LOGIN_PATHS).map((path) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path,
    beforeLoad: () => {
      throw redirect({ to: '/' });
    },
  }),
);

const routeTree = rootRoute.addChildren([
  dashboardRoute,
  groupsRoute,
  newGroupRoute,
  groupRoute,
  editGroupRoute,
  locationsRoute,
  settingsRoute,
  auditRoute,
  newVolunteerRoute,
  editVolunteerRoute,
  importVolunteersRoute,
  trainingsRoute,
  volunteersRoute,
  volunteerRoute,
  usersRoute,
  backupRoute,
  restoreRoute,
  sessionRoute,
  closuresRoute,
  incidentsRoute,
  incidentRoute,
  calendarRoute,
  hoursRoute,
  printCentreRoute,
  printRoute,
  resourcesRoute,
  ...signedInRedirects,
]);

export const router = createRouter({
  routeTree,
  history: createHashHistory(),
  // Given by AppRouter, which only renders while someone is signed in.
  context: undefined as unknown as RouterContext,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

export function AppRouter() {
  const queryClient = useQueryClient();
  const { role } = useSignedInUser();
  return <RouterProvider router={router} context={{ queryClient, role }} />;
}
