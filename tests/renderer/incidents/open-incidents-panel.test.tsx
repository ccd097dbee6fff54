import { screen } from '@testing-library/react';
import type { Role } from '../../../shared/api/roles';
import type { IncidentSummary } from '../../../shared/domain/incidents';
import { VaultContext, type VaultContextValue } from '../../../renderer/app/vault-context';
import { OpenIncidentsPanel } from '../../../renderer/sessions/incidents/OpenIncidentsPanel';
import { fakeCore, ok, renderInRouter } from '../support/render';

const OPEN_INCIDENT: IncidentSummary = {
  id: 7,
  sessionId: 3,
  groupId: 2,
  groupName: 'Thursday Grief Circle',
  occurredOn: '2026-11-26',
  category: 'medical',
  severity: 'medium',
  status: 'open',
  reportedByName: 'Fynn Holm',
};

const vaultFor = (role: Role): VaultContextValue => ({
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
});

function renderPanel(role: Role, incidents: IncidentSummary[] = [OPEN_INCIDENT]) {
  const calls = fakeCore({
    listIncidents: () => ok(incidents),
    getOrganisation: () => ok({ name: 'Riverside Centre', dateRegion: 'GB' }),
  });
  return {
    calls,
    rendered: renderInRouter(
      <VaultContext.Provider value={vaultFor(role)}>
        <OpenIncidentsPanel />
      </VaultContext.Provider>,
    ),
  };
}

afterEach(() => {
  delete window.circlekeeper;
});

describe('the dashboard’s open incidents', () => {
  it.each<Role>(['admin', 'coordinator'])(
    'lists the open ones for a %s, each linking to its page',
    async (role) => {
      const { calls } = renderPanel(role);
      await screen.findByRole('link', { name: /Thursday Grief Circle/ }, { timeout: 5000 });
      expect(screen.getByRole('heading', { name: 'Open incidents' })).toBeTruthy();
      expect(calls.filter((c) => c.method === 'listIncidents').map((c) => c.input)).toEqual([
        { status: 'open', sessionId: null },
      ]);
    },
  );

  it('says so when nothing is open', async () => {
    renderPanel('coordinator', []);
    await screen.findByText('No open incidents.');
  });

  it('shows a facilitator nothing, and never asks for the list', async () => {
    const { calls, rendered } = renderPanel('facilitator');
    await rendered;
    expect(screen.queryByRole('heading', { name: 'Open incidents' })).toBeNull();
    expect(calls.map((c) => c.method)).not.toContain('listIncidents');
  });
});
