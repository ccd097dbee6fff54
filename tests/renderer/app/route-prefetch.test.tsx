import { act, screen, waitFor } from '@testing-library/react';
import type { ApiResult } from '../../../shared/api/errors';
import type { Role } from '../../../shared/api/roles';
import { organisationQuery } from '../../../renderer/app/organisation-query';
import { AppRouter, router } from '../../../renderer/app/router';
import { fakeCore, ok, renderWithProviders } from '../support/render';
import { SignedInAs } from '../volunteers/volunteer-routes';

/** A call the core never answers: what is asked while it waits was asked at navigation. */
const never = () =>
  new Promise<ApiResult<unknown>>(() => undefined) as unknown as ApiResult<unknown>;

async function openAppOnGroups(role: Role) {
  const calls = fakeCore({
    getOrganisation: () => ok({ name: 'Harbour', timeZone: 'Europe/London', dateRegion: 'GB' }),
    listGroups: () => ok([]),
    getGroup: never,
    listGroupFacilitators: never,
    listSessions: never,
    listVolunteers: never,
  });
  const { queryClient } = renderWithProviders(
    <SignedInAs role={role}>
      <AppRouter />
    </SignedInAs>,
  );
  await act(() => router.navigate({ to: '/groups' }));
  await screen.findByRole('heading', { level: 1, name: 'Groups' });
  await waitFor(() => expect(queryClient.getQueryData(organisationQuery.queryKey)).toBeTruthy());
  calls.length = 0;
  return calls;
}

const methods = (calls: { method: string }[]) => calls.map((call) => call.method).sort();

describe('the router asks for a screen’s data when its address is entered', () => {
  it('asks for a group’s sessions and facilitators with the group, not after it arrives', async () => {
    const calls = await openAppOnGroups('coordinator');
    await act(() => router.navigate({ to: '/groups/$groupId', params: { groupId: '5' } }));
    // getGroup is never answered, so nothing below can have waited for it.
    await waitFor(() =>
      expect(methods(calls)).toEqual([
        'getGroup',
        'listGroupFacilitators',
        'listSessions',
        'listSessions',
      ]),
    );
    expect(calls.find((call) => call.method === 'getGroup')?.input).toEqual({ id: 5 });
  });

  it('asks for the volunteer page held in the address', async () => {
    const calls = await openAppOnGroups('coordinator');
    await act(() => router.navigate({ to: '/volunteers', search: { page: 3, status: 'active' } }));
    await waitFor(() => expect(methods(calls)).toEqual(['listVolunteers']));
    expect(calls[0]?.input).toMatchObject({ status: 'active', offset: 100, limit: 50 });
  });

  it('asks nothing a role may not call', async () => {
    const calls = await openAppOnGroups('facilitator');
    await act(() => router.navigate({ to: '/volunteers' }));
    await screen.findByRole('heading', { level: 1, name: /not allowed/i });
    expect(methods(calls)).not.toContain('listVolunteers');
  });
});
