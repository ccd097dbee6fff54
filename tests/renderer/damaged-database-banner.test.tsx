import { screen } from '@testing-library/react';
import type { Role } from '../../shared/api/roles';
import type { VaultStatus } from '../../shared/domain/vault';
import type { Language } from '../../shared/domain/fields';
import { VaultContext } from '../../renderer/app/vault-context';
import { DamagedDatabaseBanner } from '../../renderer/shell/DamagedDatabaseBanner';
import { renderWithProviders } from './support/render';

function renderBanner(role: Role, extra: Partial<VaultStatus>, language: Language = 'en') {
  const status: VaultStatus = {
    state: 'ready',
    isUnlocked: true,
    user: { id: 1, username: 'ana', displayName: 'Ana', role },
    idleLockMinutes: 10,
    ...extra,
  };
  const noop = async () => undefined;
  renderWithProviders(
    <VaultContext.Provider
      value={{ status, lockedBy: null, refresh: noop, lockNow: noop, signOut: noop }}
    >
      <DamagedDatabaseBanner />
    </VaultContext.Provider>,
    language,
  );
}

describe('DamagedDatabaseBanner', () => {
  it('tells an administrator at once what the damage means and to restore the latest backup', () => {
    renderBanner('admin', { isDatabaseDamaged: true });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The database is damaged');
    expect(alert.textContent).toContain('Do not keep entering data');
    expect(alert.textContent).toContain('Restore the latest backup');
  });

  it('tells other staff to stop and fetch an administrator, in Spanish too', () => {
    renderBanner('coordinator', { isDatabaseDamaged: true }, 'es');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('La base de datos está dañada');
    expect(alert.textContent).toContain('Avise ahora a un administrador');
  });

  it('shows nothing for a healthy database', () => {
    renderBanner('admin', {});
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
