import { screen, within } from '@testing-library/react';
import { VaultContext, type VaultContextValue } from '../../renderer/app/vault-context';
import { GroupForm } from '../../renderer/groups/GroupForm';
import { emptyGroupValues } from '../../renderer/groups/group-form-values';
import { fakeCore, ok, renderInRouter } from './support/render';

const TUESDAY = new Date(2026, 11, 1, 9, 0);

const signedIn: VaultContextValue = {
  status: {
    state: 'ready',
    isUnlocked: true,
    user: { id: 1, username: 'admin', displayName: 'Ada Admin', role: 'admin' },
    idleLockMinutes: 10,
  },
  lockedBy: null,
  refresh: jest.fn(),
  lockNow: jest.fn(),
  signOut: jest.fn(),
};

function setComputerLocales(locales: string[]) {
  Object.defineProperty(navigator, 'languages', { get: () => locales, configurable: true });
}

async function renderFormFor(dateRegion: string) {
  fakeCore({
    listLocations: () => ok([]),
    getOrganisation: () =>
      ok({
        name: 'Riverside Community Centre',
        address: '',
        phone: '',
        email: '',
        timeZone: 'Europe/London',
        defaultLanguage: 'en',
        paperSize: 'A4',
        dateRegion,
      }),
  });
  await renderInRouter(
    <VaultContext.Provider value={signedIn}>
      <GroupForm
        draftKey="group:new"
        initialValues={emptyGroupValues(TUESDAY)}
        onSave={jest.fn()}
        onCancel={jest.fn()}
      />
    </VaultContext.Provider>,
  );
}

/** The start time box's segments as they read: ["19", "00"] or ["7", "00", "PM"]. */
function startTimeSegments(): string[] {
  const box = screen.getByRole('group', { name: 'Start time' });
  return within(box)
    .getAllByRole('spinbutton')
    .map((segment) => segment.textContent ?? '');
}

// A whole form with react-aria pickers renders slowly in jsdom on a shared, busy machine.
jest.setTimeout(30_000);

describe('times follow the organisation’s region, not the browser’s', () => {
  it('writes 19:00 for a British centre in an American browser', async () => {
    setComputerLocales(['en-US', 'en']);
    await renderFormFor('GB');
    expect(await screen.findByText(/Every Tuesday at 19:00/)).toBeTruthy();
    expect(startTimeSegments()).toEqual(['19', '00']);
  });

  it('writes 7:00 PM for an American centre in a British browser', async () => {
    setComputerLocales(['en-GB', 'en']);
    await renderFormFor('US');
    expect(await screen.findByText(/Every Tuesday at 7:00\sPM/)).toBeTruthy();
    expect(startTimeSegments()).toEqual(['7', '00', 'PM']);
  });

  it('follows this computer’s region when the organisation leaves it empty', async () => {
    setComputerLocales(['en-GB', 'en']);
    await renderFormFor('');
    expect(await screen.findByText(/Every Tuesday at 19:00/)).toBeTruthy();
  });
});
