import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { screen } from '@testing-library/react';
import type { Role } from '../../shared/api/roles';
import { VaultContext, type VaultContextValue } from '../../renderer/app/vault-context';
import { RecoveryKeyReminder } from '../../renderer/dashboard/RecoveryKeyReminder';
import { fakeCore, ok, renderWithProviders } from './support/render';

function renderReminder(role: Role) {
  const vault: VaultContextValue = {
    status: {
      state: 'ready',
      isUnlocked: true,
      user: { id: 1, username: 'manager', displayName: 'Morgan Lee', role },
      idleLockMinutes: 10,
    },
    lockedBy: null,
    refresh: jest.fn(),
    lockNow: jest.fn(),
    signOut: jest.fn(),
  };
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <main>
          <p>Dashboard</p>
          <RecoveryKeyReminder />
        </main>
      ),
    }),
    history: createMemoryHistory(),
  });
  renderWithProviders(
    <VaultContext.Provider value={vault}>
      <RouterProvider router={router} />
    </VaultContext.Provider>,
  );
}

beforeAll(() => {
  // The router restores scroll on navigation; jsdom has no layout to scroll.
  window.scrollTo = () => undefined;
});

afterEach(() => {
  delete window.circlekeeper;
});

describe('the recovery key reminder on the dashboard', () => {
  it('asks an admin to check an unconfirmed key, linking to the settings section', async () => {
    fakeCore({ getRecoveryKeyStatus: () => ok({ isConfirmed: false }) });
    renderReminder('admin');
    await screen.findByRole('heading', { name: 'Check your recovery key' });
    const action = screen.getByRole('link', { name: 'Check the recovery key' });
    expect(action.getAttribute('href')).toBe('/settings#recovery-key');
  });

  it('is gone once the key is confirmed', async () => {
    const calls = fakeCore({ getRecoveryKeyStatus: () => ok({ isConfirmed: true }) });
    renderReminder('admin');
    await screen.findByText('Dashboard');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.map((c) => c.method)).toEqual(['getRecoveryKeyStatus']);
    expect(screen.queryByText('Check your recovery key')).toBeNull();
  });

  it.each(['coordinator', 'facilitator'] as const)(
    'neither shows nor asks anything for a %s',
    async (role) => {
      const calls = fakeCore({ getRecoveryKeyStatus: () => ok({ isConfirmed: false }) });
      renderReminder(role);
      await screen.findByText('Dashboard');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls).toEqual([]);
      expect(screen.queryByText('Check your recovery key')).toBeNull();
    },
  );
});
