import { useState, type ReactNode } from 'react';
import { Pager } from './Pager';

/** As many rows as the volunteer list shows a page: a screen or two at 1366×768. */
export const ROWS_PER_PAGE = 50;

interface PagedRows<T> {
  shown: T[];
  /** Previous and next, or nothing when every row fits on one page. */
  pager: ReactNode;
}

/**
 * One page of a list the screen already holds whole (a large centre's lists run to thousands of
 * rows, and drawing them all is what made those screens slow). `listKey` names what the list
 * shows (its filters, its order): when it changes the list starts again from page 1.
 */
export function usePagedRows<T>(
  rows: readonly T[],
  { label, listKey }: { label: string; listKey: string },
): PagedRows<T> {
  const [at, setAt] = useState({ listKey, page: 1 });
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  // Another filter or period may leave fewer pages than the page that was open.
  const page = at.listKey === listKey ? Math.min(at.page, pages) : 1;
  return {
    shown: rows.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE),
    pager:
      pages > 1 ? (
        <Pager
          page={page}
          pages={pages}
          onPage={(next) => setAt({ listKey, page: next })}
          label={label}
        />
      ) : null,
  };
}
