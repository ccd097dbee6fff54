import { screen, within } from '@testing-library/react';
import type { RotaPerson, RotaSession } from '../../../../shared/domain/rota';
import { PrintContext, type PrintContextValue } from '../../../../renderer/print/print-context';
import { usePrintDates } from '../../../../renderer/print/rota/print-dates';
import { RotaRow } from '../../../../renderer/print/rota/RotaRow';
import { renderWithProviders } from '../../support/render';

const PEOPLE: RotaPerson[] = [
  { volunteerId: 1, displayName: 'Ana Rivera', status: 'active' },
  { volunteerId: 2, displayName: 'Ben Okoro', status: 'inactive' },
  { volunteerId: 3, displayName: '', status: 'inactive', isErased: true },
  { volunteerId: 4, displayName: 'Cai Jones', status: 'applicant' },
].map((p) => ({ isErased: false, phone: '', email: '', languages: [], ...p }) as RotaPerson);

const session = (overrides: Partial<RotaSession>): RotaSession => ({
  id: 1,
  groupId: 1,
  groupName: 'Grief Café',
  format: 'hybrid',
  localDate: '2026-12-01',
  localStart: '18:30',
  localEnd: '20:00',
  locationName: 'Main Hall',
  room: 'Room 2',
  status: 'scheduled',
  cancelReason: '',
  facilitators: [],
  ...overrides,
});

function Row({ of }: { of: RotaSession }) {
  const dates = usePrintDates();
  const people = new Map(PEOPLE.map((p) => [p.volunteerId, p]));
  return (
    <table>
      <tbody>
        <RotaRow session={of} personOf={(id) => people.get(id)} dates={dates} isFirstOfDay />
      </tbody>
    </table>
  );
}

/** Renders one row as the English printout of a British centre would. */
function renderRow(of: RotaSession) {
  const { i18n } = renderWithProviders(<></>);
  const value = {
    printable: 'rota',
    language: 'en',
    locale: 'en-GB',
    t: i18n.getFixedT('en'),
  } as PrintContextValue;
  const { container } = renderWithProviders(
    <PrintContext.Provider value={value}>
      <Row of={of} />
    </PrintContext.Provider>,
  );
  return within(container).getAllByRole('cell');
}

describe('a row of the rota', () => {
  it('says when, which group, where and who, backups marked as such', () => {
    const cells = renderRow(
      session({
        facilitators: [
          { volunteerId: 1, role: 'lead' },
          { volunteerId: 4, role: 'co' },
          { volunteerId: 2, role: 'backup' },
        ],
      }),
    );
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Tue 1 Dec',
      '18:30–20:00',
      'Grief Café',
      'Main Hall · Room 2also online',
      'Ana Rivera',
      'Cai JonesBen Okoro (inactive) (backup)',
    ]);
    expect(screen.queryByText('No lead yet')).toBeNull();
  });

  it('marks a meeting with no lead in bold words, and one whose lead left or was erased', () => {
    const noLead = renderRow(session({ facilitators: [{ volunteerId: 1, role: 'co' }] }));
    expect(within(noLead[4]!).getByText('No lead yet').tagName).toBe('STRONG');
    const cells = renderRow(
      session({
        id: 2,
        facilitators: [
          { volunteerId: 3, role: 'lead' },
          { volunteerId: 2, role: 'co' },
        ],
      }),
    );
    expect(within(cells[4]!).getByText('Erased volunteer')).toBeTruthy();
    expect(within(cells[4]!).getByText('Needs a new lead').tagName).toBe('STRONG');
    expect(cells[5]!.textContent).toBe('Ben Okoro (inactive)');
  });

  it('says a meeting is cancelled, with its reason, and asks for no lead', () => {
    const cells = renderRow(
      session({ status: 'cancelled', cancelReason: 'Centre closed', format: 'online' }),
    );
    expect(cells[2]!.textContent).toBe('Grief CaféCancelled: Centre closed');
    expect(cells[3]!.textContent).toBe('Main Hall · Room 2');
    expect(screen.queryByText('No lead yet')).toBeNull();
  });
});
