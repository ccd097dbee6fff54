import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Role } from '../../../shared/api/roles';
import type { ListSessionPageInput, SessionRow } from '../../../shared/domain/sessions';
import { AppRouter, router } from '../../../renderer/app/router';
import { fakeCore, ok, renderWithProviders } from '../support/render';
import { sessionsOn } from '../support/sessions';
import { SignedInAs } from '../volunteers/volunteer-routes';

// A large centre's four-week agenda holds over a thousand meetings. Staff's agenda asks the core
// for the page it draws and the count; a facilitator's (their own groups') comes whole and is
// drawn a page at a time. Either way the screen draws 50 and pages on.

const FOUR_WEEKS = ['2026-04-01', '2026-04-02', '2026-04-03'].flatMap((day) => sessionsOn(day, 40));

async function openAgenda(role: Role) {
  const calls = fakeCore({
    getOrganisation: () => ok({ name: 'Harbour', timeZone: 'Europe/London', dateRegion: 'GB' }),
    listLocations: () => ok([]),
    listVolunteers: () => ok({ rows: [], total: 0 }),
    listSessions: () => ok(FOUR_WEEKS),
    listSessionPage: (input) => {
      const { offset = 0, limit = 50 } = input as ListSessionPageInput;
      return ok({ total: FOUR_WEEKS.length, rows: FOUR_WEEKS.slice(offset, offset + limit) });
    },
  });
  renderWithProviders(
    <SignedInAs role={role}>
      <AppRouter />
    </SignedInAs>,
  );
  await act(() =>
    router.navigate({ to: '/calendar', search: { view: 'agenda', date: '2026-04-01' } }),
  );
  await screen.findByRole('heading', { level: 1, name: 'Calendar' });
  return calls;
}

const links = () => screen.getAllByRole('link', { name: /Group \d+/ });
const ids = (rows: SessionRow[]) => rows.map((row) => String(row.id));
const drawnIds = () => links().map((link) => link.getAttribute('href')?.split('/').at(-1));

describe('the agenda, a page at a time', () => {
  it("asks the core for staff's page and its count, and pages on from there", async () => {
    const calls = await openAgenda('coordinator');
    await screen.findByText('Page 1 of 3');
    expect(drawnIds()).toEqual(ids(FOUR_WEEKS.slice(0, 50)));
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    await screen.findByText('Page 2 of 3');
    await waitFor(() => expect(drawnIds()).toEqual(ids(FOUR_WEEKS.slice(50, 100))));
    const pages = calls.filter((call) => call.method === 'listSessionPage');
    expect(pages.map((call) => (call.input as ListSessionPageInput).offset)).toEqual([0, 50]);
    // The whole four weeks were not asked for (the dashboard behind asks for its own week).
    const wholeLists = calls.filter(
      (call) =>
        call.method === 'listSessions' && (call.input as { from: string }).from === '2026-04-01',
    );
    expect(wholeLists).toEqual([]);
  });

  it("draws a facilitator's whole list a page at a time", async () => {
    const calls = await openAgenda('facilitator');
    await screen.findByText('Page 1 of 3');
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    await screen.findByText('Page 3 of 3');
    expect(drawnIds()).toEqual(ids(FOUR_WEEKS.slice(100)));
    expect(calls.map((call) => call.method)).not.toContain('listSessionPage');
  });
});
