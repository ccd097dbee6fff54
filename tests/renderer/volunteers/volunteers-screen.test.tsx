import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ListVolunteersQuery } from '../../../shared/domain/volunteers';
import { fakeCore, ok } from '../support/render';
import { renderVolunteerRoutes, sampleVolunteer, summaryOf } from './volunteer-routes';

/** A core holding `total` volunteers; every list call is kept to check what was asked. */
function coreWith(total: number) {
  const rows = [summaryOf(sampleVolunteer())];
  return fakeCore({
    listVolunteers: (input) => {
      const query = input as ListVolunteersQuery;
      return ok({ total, rows: query.search === 'nobody' ? [] : rows });
    },
  });
}

const listCalls = (calls: { method: string; input: unknown }[]) =>
  calls.filter((call) => call.method === 'listVolunteers').map((call) => call.input);
const lastListCall = (calls: { method: string; input: unknown }[]) =>
  listCalls(calls).at(-1) as ListVolunteersQuery;

describe('VolunteersScreen', () => {
  it('asks the core for the page, filters and sort held in the address', async () => {
    const calls = coreWith(5004);
    await renderVolunteerRoutes(
      '/volunteers?readiness=not_ready&sort=startDate&direction=desc&page=2',
    );
    await screen.findByRole('link', { name: 'Amara Okafor' });
    expect(lastListCall(calls)).toMatchObject({
      readiness: 'not_ready',
      sort: 'startDate',
      direction: 'desc',
      offset: 50,
      limit: 50,
    });
    expect(screen.getByRole('columnheader', { name: /Start date/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe(
      'none',
    );
    expect(screen.getByText('Showing 51–100 of 5,004')).toBeTruthy();
    expect((screen.getByLabelText('Readiness') as HTMLSelectElement).value).toBe('not_ready');
  });

  it('starts a changed filter on page 1 and keeps it in the address, so Back undoes it', async () => {
    const calls = coreWith(5004);
    const { router } = await renderVolunteerRoutes('/volunteers?page=3');
    await screen.findByRole('link', { name: 'Amara Okafor' });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'inactive' } });
    await waitFor(() =>
      expect(lastListCall(calls)).toMatchObject({ status: 'inactive', offset: 0 }),
    );
    expect(router.state.location.search).toEqual({ status: 'inactive' });

    await act(async () => router.history.back());
    await waitFor(() => expect(router.state.location.search).toEqual({ page: 3 }));
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('');
    await screen.findByText('Showing 101–150 of 5,004');
  });

  it('sorts by a column header, and the same header again turns the order round', async () => {
    coreWith(3);
    const { router } = await renderVolunteerRoutes('/volunteers');
    await screen.findByRole('link', { name: 'Amara Okafor' });
    fireEvent.click(screen.getByRole('button', { name: /Readiness/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: 'readiness' }));
    fireEvent.click(screen.getByRole('button', { name: /Readiness/ }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ sort: 'readiness', direction: 'desc' }),
    );
  });

  it('pages forward and back with the range in words', async () => {
    coreWith(120);
    const { router } = await renderVolunteerRoutes('/volunteers');
    await screen.findByText('Showing 1–50 of 120');
    expect(screen.getByRole('button', { name: /Previous page/ }).hasAttribute('disabled')).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    await screen.findByText('Showing 51–100 of 120');
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    await screen.findByText('Showing 101–120 of 120');
    expect(router.state.location.search).toEqual({ page: 3 });
    expect(screen.getByRole('button', { name: /Next page/ }).hasAttribute('disabled')).toBe(true);
  });

  it('puts a typed search in the address once typing settles, replacing the entry', async () => {
    const calls = coreWith(3);
    const { router } = await renderVolunteerRoutes('/volunteers?page=2');
    await screen.findByRole('link', { name: 'Amara Okafor' });
    const historyLength = router.history.length;
    fireEvent.change(screen.getByLabelText('Search by name, phone or email'), {
      target: { value: 'okaf' },
    });
    await waitFor(() => expect(router.state.location.search).toEqual({ search: 'okaf' }));
    expect(router.history.length).toBe(historyLength);
    expect(
      listCalls(calls).filter((input) => (input as ListVolunteersQuery).search === 'okaf'),
    ).toHaveLength(1);
  });

  it('says when nothing matches, and clearing the filters empties the search box too', async () => {
    coreWith(0);
    const { router } = await renderVolunteerRoutes('/volunteers?search=nobody&status=active');
    await screen.findByRole('heading', { name: 'No volunteers match' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    expect(
      (screen.getByLabelText('Search by name, phone or email') as HTMLInputElement).value,
    ).toBe('');
    await screen.findByRole('heading', { name: 'No volunteers yet' });
  });

  it('says there are no volunteers yet and links to adding one', async () => {
    coreWith(0);
    await renderVolunteerRoutes('/volunteers');
    await screen.findByRole('heading', { name: 'No volunteers yet' });
    const links = screen.getAllByRole('link', { name: 'Add a volunteer' });
    expect(links.map((link) => link.getAttribute('href'))).toContain('/volunteers/new');
  });

  it('moves back to the last page when the list has shrunk', async () => {
    coreWith(60);
    const { router } = await renderVolunteerRoutes('/volunteers?page=4');
    await waitFor(() => expect(router.state.location.search).toEqual({ page: 2 }));
  });
});
