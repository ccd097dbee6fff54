import { screen } from '@testing-library/react';
import type { Role } from '../../../shared/api/roles';
import { Sidebar } from '../../../renderer/shell/Sidebar';
import { fakeCore, ok, renderInRouter } from '../support/render';
import { SignedInAs } from '../volunteers/volunteer-routes';

async function menuFor(role: Role) {
  fakeCore({ getOrganisation: () => ok({ name: 'Harbour Community Centre' }) });
  await renderInRouter(
    <SignedInAs role={role}>
      <Sidebar />
    </SignedInAs>,
  );
  const nav = screen.getByRole('navigation', { name: 'Main menu' });
  return [...nav.querySelectorAll('a')].map((link) => link.textContent);
}

describe('Sidebar', () => {
  it('offers the volunteer list to admins', async () => {
    expect(await menuFor('admin')).toContain('Volunteers');
  });

  it('offers the volunteer list to coordinators', async () => {
    expect(await menuFor('coordinator')).toContain('Volunteers');
  });

  it('hides the volunteer list from facilitators', async () => {
    const menu = await menuFor('facilitator');
    expect(menu).toContain('Groups');
    expect(menu).not.toContain('Volunteers');
  });
});
