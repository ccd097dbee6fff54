import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { act, screen } from '@testing-library/react';
import type { Role } from '../../shared/api/roles';
import { VaultContext, type VaultContextValue } from '../../renderer/app/vault-context';
import { Sidebar } from '../../renderer/shell/Sidebar';
import { fakeCore, ok, renderWithProviders } from './support/render';

async function renderSidebar(role: Role) {
  fakeCore({ getOrganisation: () => ok({ name: 'Riverside Centre' }) });
  const vault: VaultContextValue = {
    status: {
      state: 'ready',
      isUnlocked: true,
      user: { id: 1, username: 'sam', displayName: 'Sam Reyes', role },
      idleLockMinutes: 10,
    },
    lockedBy: null,
    refresh: jest.fn(),
    lockNow: jest.fn(),
    signOut: jest.fn(),
  };
  const router = createRouter({
    routeTree: createRootRoute({ component: Sidebar }),
    history: createMemoryHistory(),
  });
  renderWithProviders(
    <VaultContext.Provider value={vault}>
      <RouterProvider router={router} />
    </VaultContext.Provider>,
  );
  await act(() => router.load());
}

afterEach(() => {
  delete window.circlekeeper;
});

describe('the menu’s audit log entry', () => {
  it('is there for an administrator', async () => {
    await renderSidebar('admin');
    expect(screen.getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/audit');
  });

  it.each<Role>(['coordinator', 'facilitator'])('is hidden from a %s', async (role) => {
    await renderSidebar(role);
    expect(screen.getByRole('link', { name: 'Groups' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
  });
});
