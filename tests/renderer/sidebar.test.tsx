import { screen } from '@testing-library/react';
import type { Role } from '../../shared/api/roles';
import type { VaultStatus } from '../../shared/domain/vault';
import { VaultContext } from '../../renderer/app/vault-context';
import { Sidebar } from '../../renderer/shell/Sidebar';
import { fakeCore, ok, renderInRouter } from './support/render';

async function renderSidebar(role: Role) {
  fakeCore({ getOrganisation: () => ok({ name: 'Harbour Community Centre' }) });
  const status: VaultStatus = {
    state: 'ready',
    isUnlocked: true,
    user: { id: 1, username: 'ana', displayName: 'Ana', role },
    idleLockMinutes: 10,
  };
  const noop = async () => undefined;
  await renderInRouter(
    <VaultContext.Provider
      value={{ status, lockedBy: null, refresh: noop, lockNow: noop, signOut: noop }}
    >
      <Sidebar />
    </VaultContext.Provider>,
  );
}

describe('the sidebar', () => {
  it.each(['admin', 'coordinator'] as const)(
    'offers the training catalogue to %s',
    async (role) => {
      await renderSidebar(role);
      expect(screen.getByRole('link', { name: 'Trainings' }).getAttribute('href')).toContain(
        '/trainings',
      );
    },
  );

  it('hides the training catalogue from facilitators', async () => {
    await renderSidebar('facilitator');
    expect(screen.getByRole('link', { name: 'Groups' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Trainings' })).toBeNull();
  });
});
