import { act, fireEvent, screen } from '@testing-library/react';
import { VaultContext, type VaultContextValue } from '../../renderer/app/vault-context';
import { LoginScreen } from '../../renderer/vault/LoginScreen';
import { fakeCore, renderWithProviders } from './support/render';

function renderLogin() {
  const vault: VaultContextValue = {
    status: {
      state: 'ready',
      isUnlocked: false,
      user: null,
      lockedBy: null,
      idleLockMinutes: null,
    },
    refresh: jest.fn(async () => undefined),
    lockNow: jest.fn(),
    signOut: jest.fn(),
  };
  renderWithProviders(
    <VaultContext.Provider value={vault}>
      <LoginScreen />
    </VaultContext.Provider>,
  );
  return vault;
}

async function signIn() {
  fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'maria' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'not the password' } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
}

afterEach(() => {
  jest.useRealTimers();
  delete window.circlekeeper;
});

describe('LoginScreen', () => {
  it('shows the translated message for a wrong password', async () => {
    fakeCore({
      logIn: () => ({
        ok: false,
        error: { code: 'WRONG_CREDENTIALS', messageKey: 'errors.WRONG_CREDENTIALS' },
      }),
    });
    const vault = renderLogin();
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That username or password is not right.',
    );
    expect(vault.refresh).not.toHaveBeenCalled();
  });

  it('counts down after too many attempts and keeps Sign in disabled until then', async () => {
    jest.useFakeTimers();
    fakeCore({
      logIn: () => ({
        ok: false,
        error: {
          code: 'TOO_MANY_ATTEMPTS',
          messageKey: 'errors.TOO_MANY_ATTEMPTS',
          params: { seconds: 3 },
        },
      }),
    });
    renderLogin();
    await signIn();
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(screen.getByRole('alert').textContent).toBe(
      'Too many wrong attempts. Try again in 3 seconds.',
    );
    expect(button.hasAttribute('disabled')).toBe(true);

    await act(async () => jest.advanceTimersByTime(2000));
    expect(screen.getByRole('alert').textContent).toBe(
      'Too many wrong attempts. Try again in 1 second.',
    );

    await act(async () => jest.advanceTimersByTime(1500));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(button.hasAttribute('disabled')).toBe(false);
  });

  it('asks the gate to refresh once signed in', async () => {
    fakeCore({
      logIn: () => ({
        ok: true,
        value: { id: 1, username: 'maria', displayName: 'María', role: 'admin' },
      }),
    });
    const vault = renderLogin();
    await signIn();
    expect(vault.refresh).toHaveBeenCalled();
  });
});
