import { fireEvent, screen } from '@testing-library/react';
import { usePagedRows } from '../../../renderer/ui/usePagedRows';
import { renderWithProviders } from '../support/render';

const ROWS = Array.from({ length: 120 }, (_, index) => `Row ${index + 1}`);

function List({ rows, listKey }: { rows: string[]; listKey: string }) {
  const { shown, pager } = usePagedRows(rows, { label: 'Pages of the list', listKey });
  return (
    <>
      <ul>
        {shown.map((row) => (
          <li key={row}>{row}</li>
        ))}
      </ul>
      {pager}
    </>
  );
}

const items = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('usePagedRows', () => {
  it('draws 50 rows at a time and pages on', () => {
    renderWithProviders(<List rows={ROWS} listKey="all" />);
    expect(items()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    expect(items()).toEqual(ROWS.slice(100));
    expect(screen.getByRole('status').textContent).toBe('Page 3 of 3');
  });

  it('starts again from page 1 when the list shows something else', () => {
    const { rerender } = renderWithProviders(<List rows={ROWS} listKey="all" />);
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    rerender(<List rows={ROWS} listKey="grief only" />);
    expect(items()[0]).toBe('Row 1');
  });

  it('stays within the pages a shorter list has, and shows no pager for one page', () => {
    const { rerender } = renderWithProviders(<List rows={ROWS} listKey="all" />);
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    rerender(<List rows={ROWS.slice(0, 70)} listKey="all" />);
    expect(items()).toEqual(ROWS.slice(50, 70));
    rerender(<List rows={ROWS.slice(0, 10)} listKey="all" />);
    expect(items()).toHaveLength(10);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
