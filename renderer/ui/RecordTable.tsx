import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up at the end of the column, its header too. */
  isNumeric?: boolean;
  /** The cell's own classes ("table__free-text", "pre-line"). */
  className?: string;
}

export interface RecordTableProps<Row extends { id: number }> {
  /** Read by screen readers only: "3 locations". */
  caption: string;
  rows: readonly Row[];
  /** The first column heads its row; the stacked (narrow) layout labels the others. */
  columns: readonly [TableColumn<Row>, ...TableColumn<Row>[]];
  /** The buttons at the end of a row. Absent (a role that may not change the rows): no column. */
  rowActions?: (row: Row) => ReactNode;
  className?: string;
  rowClassName?: (row: Row) => string | undefined;
}

const classes = (...names: (string | false | undefined)[]) =>
  names.filter(Boolean).join(' ') || undefined;

/** A list of records, one row each, that stacks into labelled cards on a narrow window. */
export function RecordTable<Row extends { id: number }>({
  caption,
  rows,
  columns: [first, ...rest],
  rowActions,
  className,
  rowClassName,
}: RecordTableProps<Row>) {
  const { t } = useTranslation();
  return (
    <table className={classes('table table--stack', className)}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {[first, ...rest].map((column) => (
            <th key={column.header} scope="col" className={classes(column.isNumeric && 'numeric')}>
              {column.header}
            </th>
          ))}
          {rowActions && (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={rowClassName?.(row)}>
            <th scope="row" className={first.className}>
              {first.cell(row)}
            </th>
            {rest.map((column) => (
              <td
                key={column.header}
                className={classes(column.isNumeric && 'numeric', column.className)}
                data-label={column.header}
              >
                {column.cell(row)}
              </td>
            ))}
            {rowActions && <td className="table__actions">{rowActions(row)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
