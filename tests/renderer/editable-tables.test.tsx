import { screen, within } from '@testing-library/react';
import type { Location } from '../../shared/domain/locations';
import type { Training } from '../../shared/domain/trainings';
import { LocationsTable } from '../../renderer/locations/LocationsTable';
import { TrainingsTable } from '../../renderer/trainings/TrainingsTable';
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
