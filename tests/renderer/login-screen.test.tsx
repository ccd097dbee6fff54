import { act, fireEvent, screen } from '@testing-library/react';
import type { ApiResult } from '../../shared/api/errors';
import type { Role } from '../../shared/api/roles';
import { VaultContext } from '../../renderer/app/vault-context';
import { LoginScreen } from '../../renderer/vault/LoginScreen';
import { LONG_UPDATE_MS } from '../../renderer/vault/SignInActions';
import { fakeCore, renderWithProviders, signedOutVault } from './support/render';

function renderLogin(vault = signedOutVault()) {
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

/** The countdown beside the button (screen readers get the status line instead). */
const visibleCountdown = () => document.querySelector('.form__wait')?.textContent ?? null;

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

  it('starts the countdown with the refusal that causes the wait, keeping typing possible', async () => {
    jest.useFakeTimers();
    fakeCore({
      logIn: () => ({
        ok: false,
        error: {
          code: 'WRONG_CREDENTIALS',
          messageKey: 'errors.WRONG_CREDENTIALS',
          params: { seconds: 12 },
        },
      }),
    });
    renderLogin();
    await signIn();
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(screen.getByRole('alert').textContent).toBe('That username or password is not right.');
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(visibleCountdown()).toBe('Try again in 12 s');
    expect(screen.getByRole('status').textContent).toBe('Try again in 12 s');

    const password = screen.getByLabelText('Password') as HTMLInputElement;
    expect(password.disabled).toBe(false);
    fireEvent.change(password, { target: { value: 'another try' } });
    expect(password.value).toBe('another try');

    await act(async () => jest.advanceTimersByTime(5000));
    expect(visibleCountdown()).toBe('Try again in 7 s');
    // Screen readers hear the wait once, not every second.
    expect(screen.getByRole('status').textContent).toBe('Try again in 12 s');

    await act(async () => jest.advanceTimersByTime(7000));
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(visibleCountdown()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('You can try again now.');
  });

  it('lets a first wrong password be corrected at once when the core asks for no wait', async () => {
    fakeCore({
      logIn: () => ({
        ok: false,
        error: { code: 'WRONG_CREDENTIALS', messageKey: 'errors.WRONG_CREDENTIALS' },
      }),
    });
    renderLogin();
    await signIn();
    expect(screen.getByRole('button', { name: 'Sign in' }).hasAttribute('disabled')).toBe(false);
    expect(visibleCountdown()).toBeNull();
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
      'Too many wrong attempts in a row. Wait a moment before trying again.',
    );
    expect(visibleCountdown()).toBe('Try again in 3 s');
    expect(button.hasAttribute('disabled')).toBe(true);

    await act(async () => jest.advanceTimersByTime(2000));
    expect(visibleCountdown()).toBe('Try again in 1 s');

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

  describe('asks for the dashboard while the app is drawn', () => {
    const signedInAs = (role: Role) => {
      const calls = fakeCore({
        logIn: () => ({
          ok: true,
          value: { id: 1, username: 'maria', displayName: 'María', role },
        }),
        getOrganisation: () => ({ ok: true, value: { timeZone: 'Europe/London' } }),
      });
      // The gate's refresh is still under way while the dashboard's calls go out.
      let finishRefresh = () => undefined as void;
      renderLogin({
        ...signedOutVault(),
        refresh: jest.fn(() => new Promise<void>((resolve) => (finishRefresh = resolve))),
      });
      return { calls, finish: () => act(async () => finishRefresh()) };
    };
    const methodsAfterLogIn = (calls: { method: string }[]) =>
      calls.map((c) => c.method).slice(calls.findIndex((c) => c.method === 'logIn') + 1);

    afterEach(() => {
      window.location.hash = '';
    });

    it('the figures first and the slow cover conflicts last, for a coordinator', async () => {
      const { calls, finish } = signedInAs('coordinator');
      await signIn();
      const methods = methodsAfterLogIn(calls);
      expect(methods[0]).toBe('getDashboard');
      expect(methods).toEqual(
        expect.arrayContaining([
          'getOrganisation',
          'getBackupStatus',
          'listCoverageGaps',
          'listNeedsRecord',
          'listIncidents',
          'listVolunteers',
          'getAttendanceTrend',
          // The week: each day's first sessions and counts, after the time zone is known.
          'listCalendarDays',
        ]),
      );
      expect(methods).not.toContain('listSessions');
      expect(methods.filter((m) => m !== 'listCalendarDays').at(-1)).toBe('listCoverConflicts');
      await finish();
    });

    it('nothing a facilitator may not see, and their next session', async () => {
      const { calls, finish } = signedInAs('facilitator');
      await signIn();
      const methods = methodsAfterLogIn(calls);
      expect(methods).toContain('getMyNextSession');
      // Their week is their own groups' list.
      expect(methods).toContain('listSessions');
      for (const staffOnly of [
        'listCalendarDays',
        'getBackupStatus',
        'listCoverageGaps',
        'listCoverConflicts',
        'listIncidents',
        'listVolunteers',
        'getRecoveryKeyStatus',
      ]) {
        expect(methods).not.toContain(staffOnly);
      }
      await finish();
    });

    it('nothing when the sign-in leads to another screen than the dashboard', async () => {
      window.location.hash = '#/volunteers';
      const { calls, finish } = signedInAs('admin');
      await signIn();
      expect(methodsAfterLogIn(calls)).toEqual([]);
      await finish();
    });
  });
});

describe('the first sign-in after an upgrade', () => {
  const UPDATING =
    "Updating your centre's data to this version. This can take a minute; do not turn off the computer.";
  const visibleNote = () => document.querySelector('.alert--info')?.textContent ?? null;

  /** A sign-in the core has not answered yet; `answer` ends it. */
  function pendingSignIn() {
    let answer: (result: ApiResult<unknown>) => void = () => undefined;
    fakeCore({
      logIn: () =>
        new Promise((resolve) => {
          answer = resolve;
        }) as unknown as ApiResult<unknown>,
    });
    return (result: ApiResult<unknown>) => answer(result);
  }

  it('says, once the unlock has taken a moment, that the data is being updated', async () => {
    jest.useFakeTimers();
    const answer = pendingSignIn();
    const vault = signedOutVault();
    renderLogin({ ...vault, status: { ...vault.status, isUpdateDue: true } });
    await signIn();
    await act(async () => jest.advanceTimersByTime(LONG_UPDATE_MS - 100));
    expect(visibleNote()).toBeNull();
    await act(async () => jest.advanceTimersByTime(100));
    expect(visibleNote()).toBe(UPDATING);
    expect(screen.getByRole('status').textContent).toBe(UPDATING);
    expect(screen.getByRole('button', { name: 'Sign in' }).hasAttribute('disabled')).toBe(true);

    await act(async () =>
      answer({
        ok: false,
        error: { code: 'WRONG_CREDENTIALS', messageKey: 'errors.WRONG_CREDENTIALS' },
      }),
    );
    expect(visibleNote()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says nothing of an update when none is due, however long the sign-in takes', async () => {
    jest.useFakeTimers();
    pendingSignIn();
    renderLogin();
    await signIn();
    await act(async () => jest.advanceTimersByTime(10_000));
    expect(visibleNote()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says it in Arabic', async () => {
    jest.useFakeTimers();
    pendingSignIn();
    const vault = signedOutVault();
    renderWithProviders(
      <VaultContext.Provider value={{ ...vault, status: { ...vault.status, isUpdateDue: true } }}>
        <LoginScreen />
      </VaultContext.Provider>,
      'ar',
    );
    fireEvent.change(screen.getByLabelText('اسم المستخدم'), { target: { value: 'maria' } });
    fireEvent.change(screen.getByLabelText('كلمة المرور'), { target: { value: 'secret words' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'تسجيل الدخول' })));
    await act(async () => jest.advanceTimersByTime(LONG_UPDATE_MS));
    expect(visibleNote()).toBe(
      'جارٍ تحديث بيانات مركزك إلى هذا الإصدار. قد يستغرق ذلك دقيقة؛ لا تُطفئ الحاسوب.',
    );
  });
});
