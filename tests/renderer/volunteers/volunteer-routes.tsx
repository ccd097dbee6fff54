import type { ReactNode } from 'react';
import { act } from '@testing-library/react';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import type { Role } from '../../../shared/api/roles';
import type { Readiness } from '../../../shared/domain/readiness';
import type { Volunteer, VolunteerSummary } from '../../../shared/domain/volunteers';
import { VaultContext } from '../../../renderer/app/vault-context';
import { parseVolunteerListSearch } from '../../../renderer/volunteers/volunteer-list-search';
import { VolunteerDetailScreen } from '../../../renderer/volunteers/VolunteerDetailScreen';
import { VolunteersScreen } from '../../../renderer/volunteers/VolunteersScreen';
import { renderWithProviders } from '../support/render';

export function SignedInAs({ role, children }: { role: Role; children: ReactNode }) {
  const user = { id: 1, username: 'someone', displayName: 'Someone', role };
  const vault = {
    status: { state: 'ready', isUnlocked: true, user, idleLockMinutes: 10 },
    lockedBy: null,
    refresh: async () => undefined,
    lockNow: async () => undefined,
    signOut: async () => undefined,
  } as const;
  return <VaultContext.Provider value={vault}>{children}</VaultContext.Provider>;
}

/** The volunteer list and page routed as in the app, starting at `path`, signed in as `role`. */
export async function renderVolunteerRoutes(path: string, role: Role = 'coordinator') {
  const rootRoute = createRootRoute();
  const router = createRouter({
    routeTree: rootRoute.addChildren([
      createRoute({
        getParentRoute: () => rootRoute,
        path: '/volunteers',
        component: VolunteersScreen,
        validateSearch: parseVolunteerListSearch,
      }),
      createRoute({
        getParentRoute: () => rootRoute,
        path: '/volunteers/$volunteerId',
        component: VolunteerDetailScreen,
      }),
    ]),
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const rendered = renderWithProviders(
    <SignedInAs role={role}>
      <RouterProvider router={router} />
    </SignedInAs>,
  );
  await act(() => router.load());
  return { ...rendered, router };
}

const ready: Readiness = { state: 'ready', problems: [] };

export function sampleVolunteer(overrides: Partial<Volunteer> = {}): Volunteer {
  return {
    id: 7,
    displayName: 'Amara Okafor',
    firstName: 'Amara',
    lastName: 'Okafor',
    preferredName: '',
    pronouns: 'she/her',
    phone: '01632 960 123',
    email: 'amara@example.org',
    languages: ['en'],
    skills: [],
    status: 'active',
    startDate: '2025-03-01',
    emergencyContactName: '',
    emergencyContactPhone: '',
    emergencyContactRelationship: '',
    backgroundCheckStatus: 'cleared',
    backgroundCheckDate: '2025-02-01',
    backgroundCheckExpiresOn: null,
    availability: [{ day: 2, from: '17:00', to: '21:00' }],
    notes: '',
    isErased: false,
    erasedAt: null,
    readiness: { ...ready, lead: ready },
    completions: [],
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function summaryOf(v: Volunteer): VolunteerSummary {
  const { id, displayName, firstName, lastName, pronouns, phone, email, languages } = v;
  const { status, startDate, backgroundCheckStatus, backgroundCheckExpiresOn, readiness } = v;
  return {
    ...{ id, displayName, firstName, lastName, pronouns, phone, email, languages, status },
    ...{ startDate, backgroundCheckStatus, backgroundCheckExpiresOn, readiness },
    isErased: v.isErased,
  };
}
