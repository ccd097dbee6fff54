import { useCallback, useEffect, useMemo, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { VaultStatus } from '../../shared/domain/vault';
import { call, onSessionLost } from '../api/client';
import { discardAllDrafts, useDraftsBelongTo } from '../forms/draft-store';
import { LockScreen } from '../vault/LockScreen';
import { LoginScreen } from '../vault/LoginScreen';
import { RecoverScreen } from '../vault/RecoverScreen';
import { RecoveryKeyScreen } from '../vault/RecoveryKeyScreen';
import { SetupScreen, type SetupDone } from '../vault/SetupScreen';
import { StartupScreen } from '../vault/StartupScreen';
import { AppRouter } from './router';
import { PRE_LOGIN_PATHS, useHashPath } from './pre-login-path';
import { VaultContext, type VaultContextValue } from './vault-context';

/**
 * Decides what the whole window shows from the core's vault status: setup, sign-in, lock
 * screen or the app. The app (and all its cached data) only exists while someone is signed in.
 */
export function VaultGate({ queryClient }: { queryClient: QueryClient }) {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [statusError, setStatusError] = useState<unknown>(null);
  const [setupDone, setSetupDone] = useState<SetupDone | null>(null);
  const path = useHashPath();

  const refresh = useCallback(
    () =>
      call('getVaultStatus', {}).then(
        (next) => {
          setStatus(next);
          setStatusError(null);
        },
        (error: unknown) => setStatusError(error),
      ),
    [],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => onSessionLost(() => void refresh()), [refresh]);

  const isSignedIn = Boolean(status?.isUnlocked && status.user);
  useDraftsBelongTo(status?.user?.username);
  // No data survives a lock or a sign-out.
  useEffect(() => {
    if (!isSignedIn) queryClient.clear();
  }, [isSignedIn, queryClient]);

  const value = useMemo<VaultContextValue | null>(
    () =>
      status && {
        status,
        refresh,
        lockNow: async () => {
          await call('lock', {}).catch(() => undefined);
          await refresh();
        },
        signOut: async () => {
          discardAllDrafts();
          await call('logOut', {}).catch(() => undefined);
          window.location.hash = '#/';
          await refresh();
        },
      },
    [status, refresh],
  );

  if (!value) return <StartupScreen error={statusError} onRetry={refresh} />;

  const finishSetup = () => {
    setSetupDone(null);
    window.location.hash = '#/';
    void refresh();
  };

  let screen;
  if (setupDone) {
    screen = (
      <RecoveryKeyScreen
        organisationName={setupDone.organisationName}
        recoveryKey={setupDone.result.recoveryKey}
        onContinue={finishSetup}
      />
    );
  } else if (!value.status.isSetUp) {
    screen = <SetupScreen onDone={setSetupDone} />;
  } else if (isSignedIn) {
    screen = <AppRouter />;
  } else if (path === PRE_LOGIN_PATHS.recover) {
    screen = <RecoverScreen />;
  } else if (value.status.lockedBy && path !== PRE_LOGIN_PATHS.login) {
    screen = <LockScreen username={value.status.lockedBy} />;
  } else {
    screen = <LoginScreen />;
  }
  return <VaultContext.Provider value={value}>{screen}</VaultContext.Provider>;
}
