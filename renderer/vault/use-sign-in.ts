import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { PRE_LOGIN_PATHS } from '../app/pre-login-path';
import { useVault } from '../app/vault-context';
import { prefetchDashboard } from '../dashboard/dashboard-queries';

/** Whether the app opens on the dashboard once signed in (a pre-login path leads there too). */
function opensOnDashboard(): boolean {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] || '/';
  return path === '/' || Object.values<string>(PRE_LOGIN_PATHS).includes(path);
}

/**
 * Signs in, then asks the core for the session's status and, at the same moment, for
 * everything the dashboard shows: the core works on them while the window draws the app,
 * instead of after the dashboard has been drawn empty.
 */
export function useSignIn(): (input: { username: string; password: string }) => Promise<void> {
  const queryClient = useQueryClient();
  const { refresh } = useVault();
  return async (input) => {
    const user = await call('logIn', input);
    // Whatever the cache holds is not this session's (a sign-in that never reached the app).
    queryClient.clear();
    const shown = refresh();
    if (opensOnDashboard()) prefetchDashboard(queryClient, user.role);
    await shown;
  };
}
