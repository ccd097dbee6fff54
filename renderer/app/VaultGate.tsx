import { useEffect, useMemo, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { call, keepSignedInPageAlive } from '../api/client';
import { NewComputerRestoreScreen } from '../backup/NewComputerRestoreScreen';
import { discardAllDrafts, useDraftsBelongTo } from '../forms/draft-store';
import { PublicPrintingScreen } from '../public-printing/PublicPrintingScreen';
import { PUBLIC_PRINT_PREFIX, PublicPrintRoute } from '../print/PublicPrintRoute';
import { KeyFileProblemScreen } from '../vault/KeyFileProblemScreen';
import { LockScreen } from '../vault/LockScreen';
import { LoginScreen } from '../vault/LoginScreen';
import { RecoverScreen } from '../vault/RecoverScreen';
import { RecoveryKeyScreen } from '../vault/RecoveryKeyScreen';
import { SetupScreen, type SetupDone } from '../vault/SetupScreen';
import { StaleAddressScreen } from '../vault/StaleAddressScreen';
import { StartupScreen } from '../vault/StartupScreen';
import { AppRouter } from './router';
import { PRE_LOGIN_PATHS, useHashPath } from './pre-login-path';
import { isStaleAddress, useVaultStatus } from './use-vault-status';
import { VaultContext, type VaultContextValue } from './vault-context';

/**
 * Decides what the whole window shows from the core's vault status: setup, the key-file
 * problem, sign-in, lock screen or the app. The app (and all its cached data) only exists
 * while someone is signed in.
 */
export function VaultGate({ queryClient }: { queryClient: QueryClient }) {
  const { status, statusError, lockedBy, refresh, forgetWhoWasSignedIn } = useVaultStatus();
  const [setupDone, setSetupDone] = useState<SetupDone | null>(null);
  const [isRestoringHere, setIsRestoringHere] = useState(false);
  const path = useHashPath();

  const isSignedIn = Boolean(status?.isUnlocked && status.user);
  useDraftsBelongTo(status?.user?.username);
  // No data survives a lock or a sign-out.
  useEffect(() => {
    if (!isSignedIn) queryClient.clear();
  }, [isSignedIn, queryClient]);
  // Tells the browser host this tab is open whenever it holds a session: also on the recovery
  // key screen after setup, which can take a while to print.
  useEffect(() => keepSignedInPageAlive(), []);

  const value = useMemo<VaultContextValue | null>(
    () =>
      status && {
        status,
        lockedBy,
        refresh,
        lockNow: async () => {
          await call('lock', {}).catch(() => undefined);
          await refresh();
        },
        signOut: async () => {
          forgetWhoWasSignedIn();
          discardAllDrafts();
          await call('logOut', {}).catch(() => undefined);
          window.location.hash = '#/';
          await refresh();
        },
      },
    [status, lockedBy, refresh, forgetWhoWasSignedIn],
  );

  if (isStaleAddress(statusError)) return <StaleAddressScreen />;
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
        details={{
          organisationName: setupDone.organisationName,
          username: setupDone.result.user.username,
          recoveryKey: setupDone.result.recoveryKey,
          // Nobody has chosen the organisation's paper yet: Settings offers that later.
          paper: 'A4',
        }}
        onContinue={finishSetup}
      />
    );
  } else if (value.status.state === 'keyFileProblem') {
    screen = <KeyFileProblemScreen onCheckAgain={refresh} />;
  } else if (value.status.state === 'new' && isRestoringHere) {
    screen = <NewComputerRestoreScreen onStartFresh={() => setIsRestoringHere(false)} />;
  } else if (value.status.state === 'new') {
    screen = (
      <SetupScreen onDone={setSetupDone} onRestoreInstead={() => setIsRestoringHere(true)} />
    );
  } else if (isSignedIn) {
    screen = <AppRouter />;
  } else if (path === PRE_LOGIN_PATHS.recover) {
    screen = <RecoverScreen />;
  } else if (path === PRE_LOGIN_PATHS.publicPrinting) {
    screen = <PublicPrintingScreen />;
  } else if (path.startsWith(PUBLIC_PRINT_PREFIX)) {
    screen = <PublicPrintRoute path={path} />;
  } else if (lockedBy && path !== PRE_LOGIN_PATHS.login) {
    screen = <LockScreen username={lockedBy} />;
  } else {
    screen = <LoginScreen />;
  }
  return <VaultContext.Provider value={value}>{screen}</VaultContext.Provider>;
}
