import { fireEvent, screen, within } from '@testing-library/react';
import type { HoursSummaryRow } from '../../../shared/domain/hours';
import { HoursSummaryTable } from '../../../renderer/hours/HoursSummaryTable';
import { ROWS_PER_PAGE } from '../../../renderer/ui/usePagedRows';
import { renderInRouter } from '../support/render';

/** A large centre's year: more volunteers with hours than one page shows. */
const ROWS: HoursSummaryRow[] = Array.from({ length: 120 }, (_, index) => ({
  volunteerId: index + 1,
  displayName: `Volunteer ${index + 1}`,
  sessions: 1,
  hours: index + 1,
}));

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1, -1);
const names = () => bodyRows().map((row) => within(row).getByRole('rowheader').textContent);

describe('HoursSummaryTable', () => {
  it('draws one page of rows however many volunteers gave hours, and the whole total', async () => {
    await renderInRouter(<HoursSummaryTable rows={ROWS} caption="Hours" />);
    expect(bodyRows()).toHaveLength(ROWS_PER_PAGE);
    expect(names()[0]).toBe('Volunteer 1');
    expect(screen.getByRole('status').textContent).toBe('Page 1 of 3');
    const total = within(screen.getByRole('table')).getAllByRole('row').at(-1)!;
    expect(total.textContent).toContain('7,260');
  });

  it('pages on, and a new sort starts again from the first page', async () => {
    await renderInRouter(<HoursSummaryTable rows={ROWS} caption="Hours" />);
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    expect(names()[0]).toBe('Volunteer 51');
    fireEvent.click(screen.getByRole('button', { name: /Next page/ }));
    expect(bodyRows()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: /Hours/ }));
    expect(screen.getByRole('status').textContent).toBe('Page 1 of 3');
    expect(names()[0]).toBe('Volunteer 1');
  });

  it('builds its number formatters and name collator once, not for every row', async () => {
    const numberFormats = jest.spyOn(Intl, 'NumberFormat');
    const collators = jest.spyOn(Intl, 'Collator');
    try {
      await renderInRouter(<HoursSummaryTable rows={ROWS} caption="Hours" />, 'fr');
      fireEvent.click(screen.getByRole('button', { name: /Page suivante/ }));
      expect(bodyRows()).toHaveLength(ROWS_PER_PAGE);
      // One for the sessions, one for the hours; none at all once the page has drawn once.
      expect(numberFormats.mock.calls.length).toBeLessThanOrEqual(2);
      expect(collators.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      numberFormats.mockRestore();
      collators.mockRestore();
    }
  });
});
