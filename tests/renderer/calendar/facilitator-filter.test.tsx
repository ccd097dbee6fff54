import { act, screen } from '@testing-library/react';
import { CalendarFilterBar } from '../../../renderer/calendar/CalendarFilterBar';
import { VaultContext } from '../../../renderer/app/vault-context';
import type { VaultStatus } from '../../../shared/domain/vault';
import { fakeCore, ok, renderWithProviders } from '../support/render';

// The facilitator filter searches volunteers as the person types. The box shows "Anyone" when
// nobody is chosen: that text is no search, so opening the calendar asks for volunteers once.

const status: VaultStatus = {
  state: 'ready',
  isUnlocked: true,
  user: { id: 1, username: 'ana', displayName: 'Ana', role: 'admin' },
  idleLockMinutes: 10,
};
const noop = async () => undefined;

describe('the calendar facilitator filter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('does not search for the "Anyone" it shows', async () => {
    const calls = fakeCore({
      listLocations: () => ok([]),
      listVolunteers: () => ok({ rows: [], total: 0 }),
    });
    renderWithProviders(
      <VaultContext.Provider
        value={{ status, lockedBy: null, refresh: noop, lockNow: noop, signOut: noop }}
      >
        <CalendarFilterBar
          filters={{ locationId: null, focus: null, volunteerId: null }}
          onChange={() => undefined}
        />
      </VaultContext.Provider>,
    );
    await screen.findByDisplayValue('Anyone');
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    const searches = calls
      .filter((call) => call.method === 'listVolunteers')
      .map((call) => (call.input as { search: string }).search);
    expect(searches).toEqual(['']);
  });
});
