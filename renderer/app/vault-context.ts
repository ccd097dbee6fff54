import { createContext, useContext } from 'react';
import type { SessionUser, VaultStatus } from '../../shared/domain/vault';

export interface VaultContextValue {
  status: VaultStatus;
  /** Who was signed in in this tab when it locked (memory only); null after signing out. */
  lockedBy: string | null;
  /** Asks the core again (after sign-in, sign-out, or when a call found the session gone). */
  refresh: () => Promise<void>;
  lockNow: () => Promise<void>;
  signOut: () => Promise<void>;
}

export const VaultContext = createContext<VaultContextValue | null>(null);

export function useVault(): VaultContextValue {
  const value = useContext(VaultContext);
  if (!value) throw new Error('useVault outside VaultGate');
  return value;
}

/** The signed-in user; screens behind the gate always have one. */
export function useSignedInUser(): SessionUser {
  const user = useVault().status.user;
  if (!user) throw new Error('useSignedInUser without a session');
  return user;
}

export function useCanEdit(): boolean {
  return useSignedInUser().role !== 'facilitator';
}
