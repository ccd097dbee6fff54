import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NEEDS_RECORD_LIMIT, type SessionAttendance } from '../../../shared/domain/session-records';
import type { SessionDetail } from '../../../shared/domain/sessions';
import { VaultContext, type VaultContextValue } from '../../../renderer/app/vault-context';
import { NeedsRecordPanel } from '../../../renderer/sessions/record/NeedsRecordPanel';
import { SessionRecordSection } from '../../../renderer/sessions/record/SessionRecordSection';
import { fakeCore, ok, renderInRouter } from '../support/render';

const vault: VaultContextValue = {
  status: {
    state: 'ready',
    isUnlocked: true,
    user: { id: 1, username: 'manager', displayName: 'Morgan Lee', role: 'coordinator' },
    idleLockMinutes: 10,
  },
  lockedBy: null,
  refresh: jest.fn(),
  lockNow: jest.fn(),
  signOut: jest.fn(),
};

const signedIn = (ui: React.ReactElement) =>
  renderInRouter(<VaultContext.Provider value={vault}>{ui}</VaultContext.Provider>);

const session = (overrides: Partial<SessionDetail> = {}): SessionDetail => ({
  id: 7,
  groupId: 3,
  groupName: 'Thursday Grief Circle',
  focus: 'grief',
  format: 'in_person',
  startsAt: '2026-03-09T18:30:00.000Z',
  endsAt: '2026-03-09T20:00:00.000Z',
  localDate: '2026-03-09',
  localStart: '18:30',
  locationId: null,
  locationName: null,
  room: '',
  status: 'scheduled',
  cancelReason: '',
  closureId: null,
  isExtra: false,
  isMoved: false,
  hasRecord: false,
  durationMinutes: 90,
  capacity: 10,
  rosterMode: 'anonymous',
  headcount: null,
  newcomers: null,
  notes: '',
  recordedAt: null,
  ...overrides,
});

const attendance: SessionAttendance = {
  roster: [],
  attendedParticipantIds: [],
  facilitators: [{ volunteerId: 4, displayName: 'Mara Okafor', role: 'lead', hours: null }],
};

afterEach(() => {
  delete window.circlekeeper;
});

describe('the session record section', () => {
  it('says a session that has not started cannot be recorded yet', async () => {
    fakeCore({});
    await signedIn(
      <SessionRecordSection session={session({ startsAt: '2999-01-01T10:00:00Z' })} />,
    );
    expect(screen.getByText('You can record this session once it has started.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save record' })).toBeNull();
  });

  it('starts hours at the session’s length and shows no error before the first save', async () => {
    fakeCore({ getSessionAttendance: () => ok(attendance) });
    await signedIn(<SessionRecordSection session={session()} />);
    const hours = await screen.findByLabelText(/Hours for Mara Okafor/);
    expect((hours as HTMLInputElement).value).toBe('1.5');
    expect(screen.queryByText('This field is required.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save record' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
  });

  it('asks before saving a headcount above capacity, and saves it once confirmed', async () => {
    const calls = fakeCore({
      getSessionAttendance: () => ok(attendance),
      recordSession: () => ok(session({ headcount: 12, newcomers: 1 })),
    });
    await signedIn(<SessionRecordSection session={session()} />);
    fireEvent.change(await screen.findByLabelText(/^Headcount/), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText(/^Newcomers/), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save record' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog).getByText(/The headcount 12 is more than the capacity of 10/),
    ).toBeTruthy();
    expect(calls.some((c) => c.method === 'recordSession')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'recordSession')).toBe(true));
    expect(calls.find((c) => c.method === 'recordSession')?.input).toEqual({
      id: 7,
      headcount: 12,
      newcomers: 1,
      notes: '',
      hours: [{ volunteerId: 4, hours: 1.5 }],
      attendedParticipantIds: [],
      isOverCapacityConfirmed: true,
    });
  });

  it('shows a saved record with an Edit button', async () => {
    fakeCore({
      getSessionAttendance: () =>
        ok({ ...attendance, facilitators: [{ ...attendance.facilitators[0], hours: 2 }] }),
    });
    const recorded = session({
      status: 'held',
      headcount: 9,
      newcomers: 2,
      notes: 'Calm.',
      recordedAt: '2026-03-10T08:00:00.000Z',
    });
    await signedIn(<SessionRecordSection session={recorded} />);
    // The name is isolated: in Arabic a Latin name must not turn the sentence left to right.
    await screen.findByText('\u2068Mara Okafor\u2069: 2 h');
    expect(screen.getByText('Calm.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit record' }));
    expect(((await screen.findByLabelText(/^Headcount/)) as HTMLInputElement).value).toBe('9');
  });
});

describe('the needs-a-record panel', () => {
  it('says when every past session has its record', async () => {
    fakeCore({ listNeedsRecord: () => ok([]) });
    await signedIn(<NeedsRecordPanel />);
    await screen.findByText('Every past session has its record. Well done.');
  });

  it('lists each session with its group, date, time and a link to record it', async () => {
    fakeCore({ listNeedsRecord: () => ok([session()]) });
    await signedIn(<NeedsRecordPanel />);
    const link = await screen.findByRole('link', { name: /Record Thursday Grief Circle on/ });
    expect(link.getAttribute('href')).toBe('/sessions/7');
    expect(screen.getByRole('rowheader', { name: 'Thursday Grief Circle' })).toBeTruthy();
    expect(screen.getByText('6:30 PM')).toBeTruthy();
  });

  it('lists the newest 8 and the rest on request; a full list may stand for more', async () => {
    const rows = Array.from({ length: NEEDS_RECORD_LIMIT }, (_, i) =>
      session({ id: 100 + i, groupName: `Group ${i + 1}` }),
    );
    fakeCore({ listNeedsRecord: () => ok(rows) });
    await signedIn(<NeedsRecordPanel />);
    await screen.findByRole('rowheader', { name: 'Group 8' });
    expect(screen.queryByRole('rowheader', { name: 'Group 9' })).toBeNull();
    expect(screen.getByText('Showing 8 of 100 or more.')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Show all 100 Sessions that need a record' }),
    );
    expect(screen.getAllByRole('link', { name: /^Record Group/ })).toHaveLength(100);
  });
});
