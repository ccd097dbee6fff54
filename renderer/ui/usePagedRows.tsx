import { useState, type ReactNode } from 'react';
import { Pager } from './Pager';

/** As many rows as the volunteer list shows a page: a screen or two at 1366×768. */
export const ROWS_PER_PAGE = 50;

const pageCount = (rowCount: number) => Math.max(1, Math.ceil(rowCount / ROWS_PER_PAGE));

/**
 * Which page of a list is open (from 1), and its pager. `listKey` names what the list shows
 * (its filters, its order): when it changes the list starts again from page 1. The page is
 * known before the rows are, so the core can be asked for that page alone.
 */
export function useListPage({ label, listKey }: { label: string; listKey: string }) {
  const [at, setAt] = useState({ listKey, page: 1 });
  const page = at.listKey === listKey ? at.page : 1;
  return {
    page,
    /**
     * Previous and next for a list of `rowCount` rows, or nothing when they fit on one page or
     * the count is not known yet. A page past the end (rows gone since) moves back to the last.
     */
    pagerFor(rowCount: number | undefined): ReactNode {
      if (rowCount === undefined) return null;
      const pages = pageCount(rowCount);
      // Set while drawing: React draws again at once, on the last page, before showing anything.
      if (page > pages) setAt({ listKey, page: pages });
      if (pages === 1) return null;
      return (
        <Pager
          page={Math.min(page, pages)}
          pages={pages}
          onPage={(next) => setAt({ listKey, page: next })}
          label={label}
        />
      );
    },
  };
}

/** The rows of page `page` (from 1) of a whole list. */
export const rowsOfPage = <T,>(rows: readonly T[], page: number): T[] =>
  rows.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);

/**
 * One page of a list the screen already holds whole (a large centre's lists run to thousands of
 * rows, and drawing them all is what made those screens slow).
 */
export function usePagedRows<T>(
  rows: readonly T[],
  options: { label: string; listKey: string },
): { shown: T[]; pager: ReactNode } {
  const { page, pagerFor } = useListPage(options);
  const pager = pagerFor(rows.length);
  return { shown: rowsOfPage(rows, Math.min(page, pageCount(rows.length))), pager };
}
