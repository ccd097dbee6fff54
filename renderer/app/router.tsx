// Code-based routes over hash history: Electron loads a file, so the path lives after the '#'.
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  redirect,
  RouterProvider,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BackupScreen } from '../backup/BackupScreen';
import { RestoreScreen } from '../backup/RestoreScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { GroupDetailScreen } from '../groups/GroupDetailScreen';
import { EditGroupScreen, NewGroupScreen } from '../groups/GroupFormScreens';
import { GroupsScreen } from '../groups/GroupsScreen';
import { LocationsScreen } from '../locations/LocationsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { NotFoundScreen } from '../shell/NotFoundScreen';
import { Shell } from '../shell/Shell';
import { PRE_LOGIN_PATHS } from './pre-login-path';

const rootRoute = createRootRoute({ component: Shell, notFoundComponent: NotFoundScreen });

const page = <Path extends string>(path: Path, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });

const dashboardRoute = page('/', DashboardScreen);
const groupsRoute = page('/groups', GroupsScreen);
const newGroupRoute = page('/groups/new', NewGroupScreen);
const groupRoute = page('/groups/$groupId', GroupDetailScreen);
const editGroupRoute = page('/groups/$groupId/edit', EditGroupScreen);
const locationsRoute = page('/locations', LocationsScreen);
const settingsRoute = page('/settings', SettingsScreen);
const backupRoute = page('/backup', BackupScreen);
const restoreRoute = page('/backup/restore', RestoreScreen);

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
  backupRoute,
  restoreRoute,
  ...signedInRedirects,
]);

export const router = createRouter({ routeTree, history: createHashHistory() });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

export function AppRouter() {
  return <RouterProvider router={router} />;
}
