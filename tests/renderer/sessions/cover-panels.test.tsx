import { COVER_CONFLICTS_LIMIT } from '../../../shared/domain/session-cover';
import type { ReactNode } from 'react';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { fireEvent, screen } from '@testing-library/react';
import type { Role } from '../../../shared/api/roles';
import { VaultContext, type VaultContextValue } from '../../../renderer/app/vault-context';
import { CoverConflictsPanel } from '../../../renderer/sessions/cover/CoverConflictsPanel';
import { CoverageGapsPanel } from '../../../renderer/sessions/cover/CoverageGapsPanel';
import { fakeCore, ok, renderWithProviders } from '../support/render';

function renderAs(role: Role, panel: ReactNode) {
  const vault: VaultContextValue = {
    status: {
      state: 'ready',
      isUnlocked: true,
      user: { id: 1, username: 'cora', displayName: 'Cora Lane', role },
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
          {panel}
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

const session = {
  sessionId: 7,
  groupId: 3,
  groupName: 'Carers Cafe',
  startsAt: '2026-06-16T17:30:00.000Z',
  localDate: '2026-06-16',
  localStart: '18:30',
};

beforeAll(() => {
  window.scrollTo = () => undefined;
});

afterEach(() => {
  delete window.circlekeeper;
});

describe('the cover panels on the dashboard', () => {
  it('says a gap in words, with a link that fixes it on the session’s page', async () => {
    fakeCore({ listCoverageGaps: () => ok([{ ...session, reason: 'no_lead' }]) });
    renderAs('coordinator', <CoverageGapsPanel />);
    await screen.findByText(/Carers Cafe on .* has no lead facilitator\./);
    const fix = screen.getByRole('link', { name: /^Fix Carers Cafe on / });
    expect(fix.getAttribute('href')).toBe('/sessions/7');
  });

  it('says what to expect when there is nothing to fix', async () => {
    fakeCore({ listCoverageGaps: () => ok([]), listCoverConflicts: () => ok([]) });
    renderAs('admin', [<CoverageGapsPanel key="g" />, <CoverConflictsPanel key="c" />]);
    await screen.findByText('No gaps in the next 14 days.');
    await screen.findByText('No conflicts in the next 14 days.');
  });

  it('names both sessions of a double booking', async () => {
    fakeCore({
      listCoverConflicts: () =>
        ok([
          {
            ...session,
            kind: 'overlap',
            volunteerId: 4,
            volunteerName: 'Mara Okafor',
            otherSessionId: 9,
            otherGroupName: 'Grief Circle',
          },
        ]),
    });
    renderAs('coordinator', <CoverConflictsPanel />);
    await screen.findByText(/Mara Okafor is in Carers Cafe and Grief Circle at the same time/);
  });

  it('shows and asks nothing for a facilitator', async () => {
    const calls = fakeCore({ listCoverageGaps: () => ok([]), listCoverConflicts: () => ok([]) });
    renderAs('facilitator', [<CoverageGapsPanel key="g" />, <CoverConflictsPanel key="c" />]);
    await screen.findByText('Dashboard');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Coverage gaps' })).toBeNull();
  });

  it('lists the soonest 8 conflicts, says how many there are and shows all on request', async () => {
    const conflicts = Array.from({ length: 20 }, (_, i) => ({
      ...session,
      sessionId: 100 + i,
      kind: 'not_ready' as const,
      volunteerId: i + 1,
      volunteerName: `Volunteer ${i + 1}`,
      otherSessionId: null,
      otherGroupName: null,
    }));
    fakeCore({ listCoverConflicts: () => ok(conflicts) });
    renderAs('coordinator', <CoverConflictsPanel />);
    await screen.findByText('Showing 8 of 20.');
    const fixes = () => screen.getAllByRole('link', { name: /^Fix / });
    expect(fixes()).toHaveLength(8);
    expect(screen.getByText(/^Volunteer 8 /)).toBeTruthy();
    expect(screen.queryByText(/^Volunteer 9 /)).toBeNull();
    const showAll = screen.getByRole('button', { name: 'Show all 20 Facilitator conflicts' });
    expect(showAll.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(showAll);
    expect(fixes()).toHaveLength(20);
    expect(screen.queryByText('Showing 8 of 20.')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Show only the first 8 Facilitator conflicts' }),
    );
    expect(fixes()).toHaveLength(8);
  });

  it('says "or more" when the core sent as many as it sends', async () => {
    const conflicts = Array.from({ length: COVER_CONFLICTS_LIMIT }, (_, i) => ({
      ...session,
      sessionId: 100 + i,
      kind: 'not_ready' as const,
      volunteerId: i + 1,
      volunteerName: `Volunteer ${i + 1}`,
      otherSessionId: null,
      otherGroupName: null,
    }));
    fakeCore({ listCoverConflicts: () => ok(conflicts) });
    renderAs('coordinator', <CoverConflictsPanel />);
    await screen.findByText('Showing 8 of 100 or more.');
  });
});
