import { act, screen, waitFor } from '@testing-library/react';
import type { ApiResult } from '../../../shared/api/errors';
import type { Role } from '../../../shared/api/roles';
import { todayIn } from '../../../shared/domain/civil-dates';
import { defaultFunderPeriod } from '../../../shared/domain/funder-report';
import { organisationQuery } from '../../../renderer/app/organisation-query';
import { createQueryClient } from '../../../renderer/app/App';
import { prefetchAuditLog, prefetchPrintable } from '../../../renderer/app/route-prefetch';
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
    listAuditLog: never,
    listUsers: never,
    getFunderReport: never,
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

  it('asks for the audit log’s first page and its users once, the screen reading the same calls', async () => {
    const calls = await openAppOnGroups('admin');
    await act(() => router.navigate({ to: '/audit' }));
    await screen.findByRole('heading', { level: 1, name: 'Audit log' });
    // Neither call is answered: a screen asking under another key would have made a second one.
    await waitFor(() => expect(methods(calls)).toEqual(['listAuditLog', 'listUsers']));
    expect(calls.find((call) => call.method === 'listAuditLog')?.input).toMatchObject({ page: 1 });
  });

  it('asks for the funder report of the period in the address, or of the last year', async () => {
    const calls = await openAppOnGroups('coordinator');
    await act(() =>
      router.navigate({
        to: '/print/$printable',
        params: { printable: 'funder-report' },
        search: { from: '2025-03-01', to: '2025-08-31' },
      }),
    );
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'getFunderReport')).toHaveLength(1),
    );
    expect(calls.find((call) => call.method === 'getFunderReport')?.input).toEqual({
      from: '2025-03-01',
      to: '2025-08-31',
    });
    calls.length = 0;
    await act(() =>
      router.navigate({ to: '/print/$printable', params: { printable: 'funder-report' } }),
    );
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'getFunderReport')).toHaveLength(1),
    );
    const lastYear = defaultFunderPeriod(todayIn('Europe/London'));
    expect(calls.find((call) => call.method === 'getFunderReport')?.input).toEqual(lastYear);
  });

  it('asks no report for another printable', async () => {
    const calls = await openAppOnGroups('coordinator');
    await act(() =>
      router.navigate({ to: '/print/$printable', params: { printable: 'meeting-list' } }),
    );
    await screen.findByRole('heading', { level: 1 });
    expect(methods(calls)).not.toContain('getFunderReport');
  });

  it('starts the audit log’s and the funder report’s calls itself, before any screen draws', async () => {
    const calls = fakeCore({ listAuditLog: never, listUsers: never, getFunderReport: never });
    const queryClient = createQueryClient();
    queryClient.setQueryData(organisationQuery.queryKey, {
      name: 'Harbour',
      timeZone: 'Europe/London',
      dateRegion: 'GB',
    } as never);
    prefetchAuditLog({ queryClient, role: 'admin' });
    prefetchPrintable({ queryClient, role: 'coordinator' }, 'funder-report', {
      from: '2025-01-01',
    });
    prefetchPrintable({ queryClient, role: 'facilitator' }, 'funder-report', {});
    prefetchPrintable({ queryClient, role: 'coordinator' }, 'funder-report', { from: 'nonsense' });
    await waitFor(() =>
      expect(methods(calls)).toEqual(['getFunderReport', 'listAuditLog', 'listUsers']),
    );
    expect(calls.find((call) => call.method === 'getFunderReport')?.input).toEqual({
      from: '2025-01-01',
      to: defaultFunderPeriod(todayIn('Europe/London')).to,
    });
  });
});
