import { act, fireEvent, screen } from '@testing-library/react';
import { fakeCore } from '../support/render';
import { chooseFile, columnSelect, iso, renderImportScreen } from './render-import-screen';

const SPANISH_SHEET =
  'Nombre;Apellidos;Correo electrónico;Teléfono\nAna;Ruiz;ana@example.org;600 000 000\n';

const checkButton = () => screen.getByRole('button', { name: 'Check the rows' });
const select = (header: string, value: string) =>
  act(async () => {
    fireEvent.change(columnSelect(header), { target: { value } });
  });

describe('the column matching step', () => {
  beforeEach(() => fakeCore({}));

  it('shows the field guessed from each heading, in any of the four languages', async () => {
    await renderImportScreen();
    await chooseFile('voluntarios.csv', SPANISH_SHEET);
    expect(await screen.findByRole('heading', { name: '3. Match the columns' })).toBeTruthy();
    expect(columnSelect('Nombre').value).toBe('firstName');
    expect(columnSelect('Apellidos').value).toBe('lastName');
    expect(columnSelect('Correo electrónico').value).toBe('email');
    expect(columnSelect('Teléfono').value).toBe('phone');
    expect(screen.getByText(`First row: ${iso('ana@example.org')}`)).toBeTruthy();
    expect(checkButton().hasAttribute('disabled')).toBe(false);
  });

  it('refuses one field for two columns, saying so on both', async () => {
    await renderImportScreen();
    await chooseFile('voluntarios.csv', SPANISH_SHEET);
    await screen.findByRole('heading', { name: '3. Match the columns' });
    await select('Apellidos', 'firstName');
    const said = screen.getAllByText(
      'First name is chosen for more than one column. Choose it for one column only.',
    );
    expect(said).toHaveLength(2);
    expect(columnSelect('Nombre').getAttribute('aria-invalid')).toBe('true');
    expect(columnSelect('Apellidos').getAttribute('aria-invalid')).toBe('true');
    expect(checkButton().hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Fix the column choices above, then check the rows.')).toBeTruthy();

    await select('Apellidos', 'lastName');
    expect(screen.queryByText(/chosen for more than one column/)).toBeNull();
    expect(checkButton().hasAttribute('disabled')).toBe(false);
  });

  it('requires a column of first names', async () => {
    await renderImportScreen();
    await chooseFile('voluntarios.csv', SPANISH_SHEET);
    await screen.findByRole('heading', { name: '3. Match the columns' });
    await select('Nombre', '');
    expect(columnSelect('Nombre').value).toBe('');
    expect(
      screen.getByText(
        'Choose the column that holds first names: every volunteer needs a first name.',
      ),
    ).toBeTruthy();
    expect(checkButton().hasAttribute('disabled')).toBe(true);
  });

  it('starts with no first name when no heading names one, and says so', async () => {
    await renderImportScreen();
    await chooseFile('list.csv', 'Who,Mail\nAna,ana@example.org\n');
    await screen.findByRole('heading', { name: '3. Match the columns' });
    expect(columnSelect('Who').value).toBe('');
    expect(columnSelect('Mail').value).toBe('email');
    expect(screen.getByText(/Choose the column that holds first names/)).toBeTruthy();
  });
});
