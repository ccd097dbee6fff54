import { act, fireEvent, screen } from '@testing-library/react';
import { discardAllDrafts, setDraftOwner } from '../../../renderer/forms/draft-store';
import { fakeCore } from '../support/render';
import { chooseFile, renderImportScreen } from './render-import-screen';

const SHEET = 'First name,Last name\nAna,Ruiz\n';

beforeEach(() => {
  fakeCore({});
  discardAllDrafts();
  setDraftOwner('cora');
});

describe('leaving the import screen', () => {
  it('asks before a chosen file is left unimported, and stays when told to', async () => {
    const { router } = await renderImportScreen();
    await chooseFile('volunteers.csv', SHEET);
    await act(async () => void router.history.push('/elsewhere'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('The file you chose has not been imported.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Keep editing' })));
    expect(router.state.location.pathname).toBe('/form');
    expect(screen.getByRole('heading', { name: '2. Preview' })).toBeTruthy();
  });

  it('leaves without a question when no file was chosen, or after signing out', async () => {
    const { router } = await renderImportScreen();
    await act(async () => void router.history.push('/elsewhere'));
    expect(screen.getByText('Another page')).toBeTruthy();

    await act(async () => void router.history.push('/form'));
    await chooseFile('volunteers.csv', SHEET);
    discardAllDrafts();
    await act(async () => void router.history.push('/elsewhere'));
    expect(screen.getByText('Another page')).toBeTruthy();
  });
});
