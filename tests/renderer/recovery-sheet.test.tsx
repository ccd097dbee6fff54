import { RecoverySheet } from '../../renderer/vault/RecoverySheet';
import { renderWithProviders } from './support/render';

describe('the printed recovery sheet', () => {
  const renderSheet = () =>
    renderWithProviders(
      <RecoverySheet
        organisationName="Riverside Community Centre"
        username="manager"
        recoveryKey="X2XW-K3YG-YVBN-XYA9-2XVK-AQSA-P8TS-A4N5"
      />,
    );

  it('prints the key as two rows of four groups, so it is copied group by group', () => {
    const { container } = renderSheet();
    const rows = [...container.querySelectorAll('.recovery-sheet__key-row')].map(
      (row) => row.textContent,
    );
    expect(rows).toEqual(['X2XW-K3YG-YVBN-XYA9', '2XVK-AQSA-P8TS-A4N5']);
    expect(container.textContent).toContain('Riverside Community Centre');
  });

  it("prints the administrator's username, which recovery asks for", () => {
    const { container } = renderSheet();
    expect(container.textContent).toContain('Administrator username: manager');
  });
});
