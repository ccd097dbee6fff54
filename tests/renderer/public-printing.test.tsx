import { act, screen, within } from '@testing-library/react';
import type { PublicGroup, PublicSnapshot } from '../../shared/domain/public-snapshot';
import { VaultContext } from '../../renderer/app/vault-context';
import { meetingDays } from '../../renderer/public-printing/meeting-days';
import { PublicPrintingScreen } from '../../renderer/public-printing/PublicPrintingScreen';
import { LoginScreen } from '../../renderer/vault/LoginScreen';
import { fakeCore, ok, renderWithProviders, signedOutVault } from './support/render';

const group = (overrides: Partial<PublicGroup>): PublicGroup => ({
  id: 1,
  name: 'Thursday Grief Circle',
  focus: 'grief',
  publicDescription: '',
  audience: '',
  format: 'in_person',
  room: '',
  schedule: { rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '19:00', durationMinutes: 90 },
  startDate: '2026-01-08',
  endDate: null,
  isOpenToNewcomers: true,
  languages: ['en'],
  accessibility: '',
  publicContactName: '',
  publicContactPhone: '',
  publicContactEmail: '',
  location: { name: 'Main Hall', address: '1 River Road', room: 'Room 2' },
  ...overrides,
});

const snapshot = (groups: PublicGroup[]): PublicSnapshot => ({
  version: 1,
  writtenAt: '2026-11-30T10:00:00.000Z',
  organisation: {
    name: 'Riverside Community Centre',
    address: '1 River Road',
    phone: '+44 20 7946 0000',
    email: 'office@example.org',
    paperSize: 'A4',
    dateRegion: 'GB',
  },
  groups,
  resources: [],
});

describe('meetingDays', () => {
  it('puts each group under every weekday it meets, earliest first, and leaves ended groups out', () => {
    const days = meetingDays(
      [
        group({
          name: 'Late',
          schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', startTime: '19:00', durationMinutes: 60 },
        }),
        group({
          name: 'Early',
          schedule: { rrule: 'FREQ=MONTHLY;BYDAY=1TH', startTime: '10:00', durationMinutes: 60 },
        }),
        group({ name: 'Ended', endDate: '2026-11-29' }),
        group({
          name: 'Every few days',
          schedule: { rrule: 'FREQ=DAILY;INTERVAL=3', startTime: '09:00', durationMinutes: 60 },
        }),
      ],
      '2026-11-30',
    );
    expect(days.map((d) => [d.day, d.groups.map((g) => g.name)])).toEqual([
      ['MO', ['Late']],
      ['TH', ['Early', 'Late']],
      [null, ['Every few days']],
    ]);
  });
});

describe('PublicPrintingScreen', () => {
  afterEach(() => {
    delete window.circlekeeper;
  });

  it('shows the listed groups by weekday and the organisation’s contact, with a Print button', async () => {
    fakeCore({
      getPublicSnapshot: () =>
        ok({ status: 'ready', snapshot: snapshot([group({ publicContactName: 'Sam' })]) }),
    });
    await act(async () => void renderWithProviders(<PublicPrintingScreen />));
    const thursday = screen.getByRole('table', { name: 'Groups meeting on Thursday' });
    expect(within(thursday).getByRole('rowheader').textContent).toContain('Thursday Grief Circle');
    expect(thursday.textContent).toContain('19:00');
    expect(thursday.textContent).toContain('Contact: Sam');
    expect(screen.getByText('+44 20 7946 0000')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to sign-in' })).toBeTruthy();
  });

  it('says public printing is off, and what an administrator can do', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'off' }) });
    await act(async () => void renderWithProviders(<PublicPrintingScreen />));
    expect(screen.getByRole('heading', { name: 'Public printing is off' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
  });

  it('says what to do when no group is listed yet', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'ready', snapshot: snapshot([]) }) });
    await act(async () => void renderWithProviders(<PublicPrintingScreen />));
    expect(screen.getByRole('heading', { name: 'No groups are listed publicly yet' })).toBeTruthy();
  });
});

describe('the sign-in screen', () => {
  const vault = signedOutVault();
  const renderLogin = () =>
    act(
      async () =>
        void renderWithProviders(
          <VaultContext.Provider value={vault}>
            <LoginScreen />
          </VaultContext.Provider>,
        ),
    );
  const publicLink = () => screen.queryByRole('link', { name: /Public printing/ });

  afterEach(() => {
    delete window.circlekeeper;
  });

  it('offers public printing while it is on', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'ready', snapshot: snapshot([]) }) });
    await renderLogin();
    expect(publicLink()?.getAttribute('href')).toBe('#/public-printing');
  });

  it('does not offer it once an administrator has turned it off', async () => {
    fakeCore({ getPublicSnapshot: () => ok({ status: 'off' }) });
    await renderLogin();
    expect(publicLink()).toBeNull();
  });
});
