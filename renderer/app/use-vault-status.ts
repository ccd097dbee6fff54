import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../shared/domain/vault';
import { ApiCallError, call, onSessionLost } from '../api/client';

export interface VaultStatusState {
  status: VaultStatus | null;
  statusError: unknown;
  /**
   * Who was signed in in this tab when the session was lost (a lock, or the host ending it),
   * so the lock screen asks only for the password. Kept in this tab's memory only: the core's
   * status is public and names nobody, and a new tab or a reload gets the normal sign-in.
   */
  lockedBy: string | null;
  refresh: () => Promise<void>;
  /** After signing out nobody is "away": the next person sees the normal sign-in. */
  forgetWhoWasSignedIn: () => void;
}

export const isStaleAddress = (error: unknown) =>
  error instanceof ApiCallError && error.code === 'STALE_ADDRESS';

/** The core's vault status as this window should see it, kept fresh after every lost session. */
export function useVaultStatus(): VaultStatusState {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [statusError, setStatusError] = useState<unknown>(null);
  const [lockedBy, setLockedBy] = useState<string | null>(null);
  const signedInAs = useRef<string | null>(null);

  const forgetWhoWasSignedIn = useCallback(() => {
    signedInAs.current = null;
    setLockedBy(null);
  }, []);

  const showStatus = useCallback((next: VaultStatus) => {
    if (next.user) {
      signedInAs.current = next.user.username;
      setLockedBy(null);
    } else if (signedInAs.current) {
      setLockedBy(signedInAs.current);
      signedInAs.current = null;
    }
    setStatus(next);
    setStatusError(null);
  }, []);

  const showError = useCallback(
    (error: unknown) => {
      // The host was started again: nothing this page knew is valid any more.
      if (isStaleAddress(error)) {
        setStatus(null);
        forgetWhoWasSignedIn();
      }
      setStatusError(error);
    },
    [forgetWhoWasSignedIn],
  );

  const refresh = useCallback(
    () => call('getVaultStatus', {}).then(showStatus, showError),
    [showStatus, showError],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onSessionLost((error) => {
        if (error.code === 'STALE_ADDRESS') showError(new ApiCallError(error));
        else void refresh();
      }),
    [refresh, showError],
  );

  return { status, statusError, lockedBy, refresh, forgetWhoWasSignedIn };
}
