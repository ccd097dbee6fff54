import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ImportVolunteersInput } from '../../../shared/domain/volunteer-import';
import { rowProblemsOf } from '../../../renderer/volunteer-import/check-problems';
import { RowProblemList } from '../../../renderer/volunteer-import/RowProblemList';
import { fakeCore, renderWithProviders } from '../support/render';
import { chooseFile, iso, renderImportScreen } from './render-import-screen';

const SHEET = [
  'First name,Last name,Email,Start date',
  'Ana,Ruiz,ana@example.org,2025-01-10',
  ',Nobody,,',
  'Bea,Lopez,x@,someday',
].join('\n');

describe('the list of rows the check refuses', () => {
  it('counts the rows and names each problem with its row, field and value', () => {
    renderWithProviders(
      <RowProblemList
        rows={[
          { rowNumber: 3, fields: { lastName: 'Nobody' } },
          { rowNumber: 12, fields: { firstName: 'Bea', email: 'x@' } },
        ]}
        problems={[
          { rowNumber: 3, field: 'firstName', messageKey: 'validation.required' },
          { rowNumber: 12, field: 'email', messageKey: 'validation.email' },
          { rowNumber: 12, field: null, messageKey: 'validation.required' },
        ]}
      />,
    );
    expect(
      screen.getByText('2 rows cannot be imported, so nothing was added. Fix them and try again.'),
    ).toBeTruthy();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Row 3, First name: This field is required.',
      `Row 12, Email '${iso('x@')}': Enter an email address like name@example.org.`,
      'Row 12: This field is required.',
    ]);
  });

  it('fills a long list a slice at a time, so the page answers while it grows', async () => {
    const count = 1200;
    const rows = Array.from({ length: count }, (_, i) => ({
      rowNumber: i + 2,
      fields: { firstName: `Name${i}`, email: 'x@' },
    }));
    renderWithProviders(
      <RowProblemList
        rows={rows}
        problems={rows.map((row) => ({
          rowNumber: row.rowNumber,
          field: 'email' as const,
          messageKey: 'validation.email',
        }))}
      />,
    );
    const items = () => within(screen.getByRole('list')).queryAllByRole('listitem').length;
    // The first turn draws one slice, not all 1,200 rows.
    expect(items()).toBe(250);
    await screen.findByText(
      `Row ${count + 1}, Email '${iso('x@')}': Enter an email address like name@example.org.`,
    );
    expect(items()).toBe(count);
  });

  it('reads both shapes of refusal the API gives, and nothing else', () => {
    const rows = [
      { rowNumber: 2, fields: { firstName: 'Ana' } },
      { rowNumber: 5, fields: { firstName: 'Bea' } },
    ];
    const refusal = (path: string) => ({
      code: 'VALIDATION_FAILED' as const,
      messageKey: 'errors.VALIDATION_FAILED',
      fieldErrors: [{ path, messageKey: 'validation.tooLong', params: { maximum: 5000 } }],
    });
    expect(rowProblemsOf(refusal('rows.5.email'), rows)).toEqual([
      { rowNumber: 5, field: 'email', messageKey: 'validation.tooLong', params: { maximum: 5000 } },
    ]);
    // The API's input check counts rows from 0 in the array it was sent.
    expect(rowProblemsOf(refusal('rows.1.fields.notes'), rows)).toEqual([
      { rowNumber: 5, field: 'notes', messageKey: 'validation.tooLong', params: { maximum: 5000 } },
    ]);
    expect(rowProblemsOf(refusal('confirmDuplicates'), rows)).toBeNull();
    expect(rowProblemsOf({ code: 'FORBIDDEN', messageKey: 'errors.FORBIDDEN' }, rows)).toBeNull();
  });

  it('shows the rows the dry run refuses, every one, and writes nothing', async () => {
    const calls = fakeCore({
      importVolunteers: () => ({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          messageKey: 'importCsv.rowsRefused',
          params: { count: 2 },
          fieldErrors: [
            { path: 'rows.3.firstName', messageKey: 'validation.required' },
            { path: 'rows.4.email', messageKey: 'validation.email' },
            { path: 'rows.4.startDate', messageKey: 'validation.date' },
          ],
        },
      }),
    });
    await renderImportScreen();
    await chooseFile('volunteers.csv', SHEET);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Check the rows' }));
    });
    const heading = await screen.findByRole('heading', { name: '4. Check' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/^2 rows cannot be imported/)).toBeTruthy();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Row 3, First name: This field is required.',
      `Row 4, Email '${iso('x@')}': Enter an email address like name@example.org.`,
      expect.stringMatching(new RegExp(`^Row 4, Start date '${iso('someday')}': `)),
    ]);
    expect(
      screen.getByRole('button', { name: 'Import the volunteers' }).hasAttribute('disabled'),
    ).toBe(true);
    const sent = calls.filter((c) => c.method === 'importVolunteers');
    expect(sent).toHaveLength(1);
    expect((sent[0]!.input as ImportVolunteersInput).dryRun).toBe(true);
  });
});
