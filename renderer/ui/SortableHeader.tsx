import type { ReactNode } from 'react';

interface SortableHeaderProps {
  children: ReactNode;
  /** The column the table is sorted by now, and which way; null when sorted by another. */
  direction: 'asc' | 'desc' | null;
  onSort: () => void;
}

/**
 * A column header that sorts. Screen readers hear the order from aria-sort on the header; the
 * arrow is for the eye only.
 */
export function SortableHeader({ children, direction, onSort }: SortableHeaderProps) {
  const ariaSort = direction === null ? 'none' : direction === 'asc' ? 'ascending' : 'descending';
  const arrow = direction === null ? '↕' : direction === 'asc' ? '↑' : '↓';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={onSort}>
        {children}
        <span aria-hidden="true" className="sort-button__arrow">
          {arrow}
        </span>
      </button>
    </th>
  );
}
