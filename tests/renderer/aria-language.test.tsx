import { act, screen } from '@testing-library/react';
import { ConfirmDialog } from '../../renderer/ui/ConfirmDialog';
import { renderWithProviders } from './support/render';

const dialog = (
  <ConfirmDialog
    isOpen
    onOpenChange={jest.fn()}
    title="Remove?"
    confirmLabel="Remove"
    onConfirm={jest.fn()}
  >
    <p>Sure?</p>
  </ConfirmDialog>
);

// react-aria's hidden "Dismiss" button in a dialog: none of the app's form fields around it.
describe('react-aria speaks the UI language outside the form fields', () => {
  it.each([
    ['en', 'Dismiss'],
    ['fr', 'Rejeter'],
    ['ar', 'تجاهل'],
  ] as const)('names a dialog’s dismiss button in %s', (language, name) => {
    renderWithProviders(dialog, language);
    expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('follows a change of the UI language while the window is open', async () => {
    const { i18n } = renderWithProviders(dialog, 'en');
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('button', { name: 'Rejeter' })).toBeTruthy();
  });
});
