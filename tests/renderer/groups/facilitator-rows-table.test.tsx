import { screen } from '@testing-library/react';
import type { GroupFacilitator } from '../../../shared/domain/facilitators';
import { FacilitatorRowsTable } from '../../../renderer/groups/facilitators/FacilitatorRowsTable';
import { renderWithProviders } from '../support/render';

const mara: GroupFacilitator = {
  volunteerId: 4,
  displayName: 'Mara Okafor',
  phone: '07700 900123',
  role: 'lead',
  overrideReason: 'Refresher booked',
  readiness: { state: 'ready', problems: [] },
};

describe('FacilitatorRowsTable', () => {
  it('speaks in the session cover’s words, with no actions column', () => {
    renderWithProviders(<FacilitatorRowsTable facilitators={[mara]} messages="cover" />);
    expect(screen.getByRole('columnheader', { name: 'Ready?' })).toBeTruthy();
    expect(screen.getByText('Leads without being ready: Refresher booked')).toBeTruthy();
    expect(screen.getAllByRole('columnheader')).toHaveLength(4);
  });

  it('speaks in the group’s words and adds the actions column it is given', () => {
    renderWithProviders(
      <FacilitatorRowsTable
        facilitators={[mara]}
        messages="facilitators"
        actions={{ label: 'Actions', render: (f) => <button>Edit {f.displayName}</button> }}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Readiness' })).toBeTruthy();
    expect(screen.getByText('Lead despite not being ready: Refresher booked')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit Mara Okafor' })).toBeTruthy();
  });
});
