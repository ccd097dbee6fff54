import { act, screen, waitFor } from '@testing-library/react';
import type { ApiResult } from '../../../shared/api/errors';
import type { Role } from '../../../shared/api/roles';
import { todayIn } from '../../../shared/domain/civil-dates';
import { defaultFunderPeriod } from '../../../shared/domain/funder-report';
import { organisationQuery } from '../../../renderer/app/organisation-query';
import { createQueryClient } from '../../../renderer/app/App';
import {
  prefetchAuditLog,
  prefetchCalendar,
  prefetchHours,
  prefetchPrintable,
} from '../../../renderer/app/route-prefetch';
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
    listLocations: never,
    listVolunteerHours: never,
    listCalendarDays: never,
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

/** A query client as after sign-in: the organisation (its time zone) already read. */
function signedInQueryClient() {
  const queryClient = createQueryClient();
  queryClient.setQueryData(organisationQuery.queryKey, {
    name: 'Harbour',
    timeZone: 'Europe/London',
    dateRegion: 'GB',
  } as never);
  return queryClient;
}

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

  it('starts the calendar’s and the hours’ calls itself, before any screen draws', async () => {
    const calls = fakeCore({
      listSessions: never,
      listCalendarDays: never,
      listSessionPage: never,
      listLocations: never,
      listVolunteers: never,
      listVolunteerHours: never,
    });
    const queryClient = signedInQueryClient();
    prefetchCalendar({ queryClient, role: 'coordinator' }, { date: '2026-03-11' });
    prefetchCalendar({ queryClient, role: 'coordinator' }, { view: 'agenda', date: '2026-04-01' });
    prefetchHours({ queryClient, role: 'coordinator' });
    // A facilitator may list sessions but not volunteers or everyone's hours.
    prefetchCalendar({ queryClient, role: 'facilitator' }, { view: 'agenda', date: '2026-05-01' });
    prefetchHours({ queryClient, role: 'facilitator' });
    await waitFor(() =>
      expect(methods(calls)).toEqual([
        'listCalendarDays',
        'listLocations',
        'listSessionPage',
        'listSessions',
        'listVolunteerHours',
        'listVolunteers',
      ]),
    );
    // Staff's agenda: its first page, and the count.
    expect(calls.find((call) => call.method === 'listSessionPage')?.input).toMatchObject({
      from: '2026-04-01',
      to: '2026-04-28',
      offset: 0,
      limit: 50,
    });
    // March 2026 as the month shows it: from the Monday before the 1st to the Sunday after the 31st.
    expect(calls.find((call) => call.method === 'listCalendarDays')?.input).toMatchObject({
      from: '2026-02-23',
      to: '2026-04-05',
      perDay: 2,
    });
    // The facilitator's agenda: their own groups' sessions, every one.
    expect(calls.find((call) => call.method === 'listSessions')?.input).toMatchObject({
      from: '2026-05-01',
      to: '2026-05-28',
    });
  });

  it('starts the audit log’s and the funder report’s calls itself, before any screen draws', async () => {
    const calls = fakeCore({ listAuditLog: never, listUsers: never, getFunderReport: never });
    const queryClient = signedInQueryClient();
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

  it('asks for the calendar’s period and filters in the address, and what its filter bar offers', async () => {
    const calls = await openAppOnGroups('coordinator');
    await act(() =>
      router.navigate({
        to: '/calendar',
        search: { view: 'week', date: '2026-03-11', focus: 'grief' },
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Calendar' });
    // None is answered: the screen asking under another key would have made a second call.
    await waitFor(() =>
      expect(methods(calls)).toEqual(['listCalendarDays', 'listLocations', 'listVolunteers']),
    );
    // Staff's week: each day's first ten and its count, not every session.
    expect(calls.find((call) => call.method === 'listCalendarDays')?.input).toMatchObject({
      from: '2026-03-09',
      to: '2026-03-15',
      focus: 'grief',
      perDay: 10,
    });
    expect(calls.find((call) => call.method === 'listVolunteers')?.input).toEqual({
      search: '',
      limit: 20,
    });
  });

  it('asks for this year’s hours once, the screen reading the same call', async () => {
    const calls = await openAppOnGroups('coordinator');
    await act(() => router.navigate({ to: '/hours' }));
    await screen.findByRole('heading', { level: 1, name: 'Volunteer hours' });
    await waitFor(() => expect(methods(calls)).toEqual(['listVolunteerHours']));
    const year = todayIn('Europe/London').slice(0, 4);
    expect(calls[0]?.input).toMatchObject({ from: `${year}-01-01` });
  });
});
