import { screen, within } from '@testing-library/react';
import type { Location } from '../../shared/domain/locations';
import type { Closure } from '../../shared/domain/closures';
import type { Training } from '../../shared/domain/trainings';
import type { UserAccount } from '../../shared/domain/vault';
import { ClosuresTable } from '../../renderer/closures/ClosuresTable';
import { LocationsTable } from '../../renderer/locations/LocationsTable';
import { TrainingsTable } from '../../renderer/trainings/TrainingsTable';
import { UsersTable } from '../../renderer/users/UsersTable';
import { renderWithProviders } from './support/render';

const STAMP = { createdAt: '2026-01-05T10:00:00Z', updatedAt: '2026-01-05T10:00:00Z' };
const HALL: Location = {
  id: 1,
  name: 'Main hall',
  address: '12 Elm Park Lane',
  room: 'Room 1',
  accessibilityNotes: '',
  capacity: 40,
  groupCount: 3,
  ...STAMP,
};
const SAFEGUARDING: Training = {
  id: 7,
  name: 'Safeguarding',
  description: 'Spotting and reporting risk of harm.',
  validityMonths: 24,
  isRequiredForLead: true,
  isRequiredForCo: false,
  isRetired: false,
  completionCount: 39,
  ...STAMP,
};

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => [cell.dataset.label, cell.textContent]);

describe('the locations and trainings tables (one EditableTable)', () => {
  it('heads each row with its name, labels every other cell and ends with Edit and Delete', () => {
    renderWithProviders(<LocationsTable locations={[HALL]} onEdit={jest.fn()} />);
    const table = screen.getByRole('table', { name: 'Locations (1)' });
    const row = within(table).getByRole('row', { name: /Main hall/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Main hall');
    expect(cellTexts(row).slice(0, -1)).toEqual([
      ['Address', '12 Elm Park Lane'],
      ['Room', 'Room 1'],
      ['Capacity', '40'],
      ['Groups', '3'],
    ]);
    expect(within(row).getByRole('button', { name: 'Edit Main hall' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Delete Main hall' })).toBeTruthy();
  });

  it('has no actions column for a role that may not change locations', () => {
    renderWithProviders(<LocationsTable locations={[HALL]} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(5);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps a typed description whole in Arabic: its full stop stays at its end', () => {
    renderWithProviders(<TrainingsTable trainings={[SAFEGUARDING]} onEdit={jest.fn()} />, 'ar');
    expect(screen.getByText('Spotting and reporting risk of harm.').tagName).toBe('BDI');
    expect(screen.getByText('Safeguarding').tagName).toBe('BDI');
  });
});

describe('the users and closures tables (the same RecordTable, with their own buttons)', () => {
  const users: UserAccount[] = [
    {
      id: 1,
      username: 'ada',
      displayName: 'Ada',
      role: 'admin',
      isDisabled: false,
      volunteerId: null,
      volunteerName: null,
    },
    {
      id: 2,
      username: 'cy',
      displayName: 'Cy',
      role: 'facilitator',
      isDisabled: true,
      volunteerId: 4,
      volunteerName: 'Cy Moss',
    },
  ];

  it("labels each account's cells and offers what its state allows", () => {
    renderWithProviders(<UsersTable users={users} selfId={1} onAction={jest.fn()} />);
    const table = screen.getByRole('table', { name: 'User accounts (2)' });
    const ada = within(table).getByRole('row', { name: /Ada \(you\)/ });
    expect(within(ada).getByRole('rowheader').textContent).toBe('Ada (you)');
    const cy = within(table).getByRole('row', { name: /^Cy/ });
    expect(cellTexts(cy).slice(0, -1)).toEqual([
      ['Username', 'cy'],
      ['Role', 'Facilitator'],
      ['Volunteer', 'Cy Moss'],
      ['Status', 'Disabled'],
    ]);
    expect(
      within(cy)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Edit', 'Enable']);
    expect(within(ada).getAllByRole('button')).toHaveLength(3);
  });

  it('ends every closure with its Remove button', () => {
    const closure: Closure = {
      id: 3,
      startsOn: '2027-05-31',
      endsOn: '2027-05-31',
      locationId: null,
      locationName: null,
      reason: 'Spring bank holiday',
      cancelledSessions: 2,
    };
    renderWithProviders(<ClosuresTable closures={[closure]} onRemoved={jest.fn()} />);
    const row = screen.getByRole('row', { name: /Spring bank holiday/ });
    expect(cellTexts(row).slice(0, -1)).toEqual([
      ['Where', 'Whole centre'],
      ['Reason', 'Spring bank holiday'],
      ['Sessions cancelled', '2 sessions'],
    ]);
    expect(within(row).getAllByRole('button')).toHaveLength(1);
  });
});
