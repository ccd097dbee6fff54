import { act, render } from '@testing-library/react';
import type { ApiResult } from '../../shared/api/errors';
import type { VaultStatus } from '../../shared/domain/vault';
import {
  isStaleAddress,
  useVaultStatus,
  type VaultStatusState,
} from '../../renderer/app/use-vault-status';
import { fakeCore, ok } from './support/render';

const MARIA = { id: 1, username: 'maria', displayName: 'María', role: 'admin' as const };
const signedIn: VaultStatus = { state: 'ready', isUnlocked: true, user: MARIA, idleLockMinutes: 5 };
const locked: VaultStatus = {
  state: 'ready',
  isUnlocked: false,
  user: null,
  idleLockMinutes: null,
};

let answer: ApiResult<unknown>;
let state: VaultStatusState;

function Probe() {
  state = useVaultStatus();
  return null;
}

async function showProbe() {
  fakeCore({ getVaultStatus: () => answer });
  await act(async () => {
    render(<Probe />);
  });
}

afterEach(() => {
  delete window.circlekeeper;
});

describe('the vault status a window shows', () => {
  it('remembers, in memory, who was signed in when the session was lost', async () => {
    answer = ok(signedIn);
    await showProbe();
    expect(state.lockedBy).toBeNull();
    answer = ok(locked);
    await act(() => state.refresh());
    expect(state.lockedBy).toBe('maria');
    expect(state.status).toEqual(locked);
  });

  it('forgets who was signed in after a sign-out, so the next person gets the normal sign-in', async () => {
    answer = ok(signedIn);
    await showProbe();
    act(() => state.forgetWhoWasSignedIn());
    answer = ok(locked);
    await act(() => state.refresh());
    expect(state.lockedBy).toBeNull();
  });

  it('names nobody in a window that never had anyone signed in', async () => {
    answer = ok(locked);
    await showProbe();
    expect(state.lockedBy).toBeNull();
  });

  it('drops everything it knew when the address is from an earlier start', async () => {
    answer = ok(signedIn);
    await showProbe();
    answer = { ok: false, error: { code: 'STALE_ADDRESS', messageKey: 'errors.STALE_ADDRESS' } };
    await act(() => state.refresh());
    expect(state.status).toBeNull();
    expect(state.lockedBy).toBeNull();
    expect(isStaleAddress(state.statusError)).toBe(true);
  });
});
