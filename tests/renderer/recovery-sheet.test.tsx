import { RecoverySheet } from '../../renderer/vault/RecoverySheet';
import { renderWithProviders } from './support/render';

describe('the printed recovery sheet', () => {
  const renderSheet = (paper: 'A4' | 'Letter' = 'A4') => {
    renderWithProviders(
      <RecoverySheet
        organisationName="Riverside Community Centre"
        username="manager"
        recoveryKey="X2XW-K3YG-YVBN-XYA9-2XVK-AQSA-P8TS-A4N5"
        paper={paper}
      />,
    );
    // On the body beside the app, so that printing can show it alone.
    return document.body.querySelector(':scope > .print-alone')!;
  };

  it('prints the key as two rows of four groups, so it is copied group by group', () => {
    const sheet = renderSheet();
    const rows = [...sheet.querySelectorAll('.recovery-sheet__key-row')].map(
      (row) => row.textContent,
    );
    expect(rows).toEqual(['X2XW-K3YG-YVBN-XYA9', '2XVK-AQSA-P8TS-A4N5']);
    expect(sheet.textContent).toContain('Riverside Community Centre');
  });

  it("prints the administrator's username, which recovery asks for", () => {
    const sheet = renderSheet();
    const facts = [...sheet.querySelectorAll('dt')].map(
      (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`,
    );
    expect(facts).toContain('Administrator username: manager');
  });

  it("is one page of the print centre's frame, on the organisation's paper", () => {
    const sheet = renderSheet('Letter');
    expect(sheet.querySelector('.print-doc')?.getAttribute('data-paper')).toBe('Letter');
    expect(sheet.querySelectorAll('.print-sheet.print-sheet--one-page')).toHaveLength(1);
    expect(sheet.textContent).toContain('Keep it somewhere safe, not with the computer.');
  });
});
