import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up at the end of the column, its header too. */
  isNumeric?: boolean;
  /** The cell's own classes ("table__free-text", "pre-line"). */
  className?: string;
}

export interface RowActions<Row> {
  onEdit: (row: Row) => void;
  /** "Edit Main hall": which row's Edit button this is, for screen readers. */
  editLabel: (row: Row) => string;
  /** The row's remove (delete, retire) button, which asks first. */
  remove: (row: Row) => ReactNode;
}

interface EditableTableProps<Row extends { id: number }> {
  /** Read by screen readers only: "3 locations". */
  caption: string;
  rows: readonly Row[];
  /** The first column heads its row; the stacked (narrow) layout labels the others. */
  columns: readonly [TableColumn<Row>, ...TableColumn<Row>[]];
  /** Absent for roles that may not change the rows: no actions column. */
  actions?: RowActions<Row>;
  className?: string;
  rowClassName?: (row: Row) => string | undefined;
}

const classes = (...names: (string | false | undefined)[]) =>
  names.filter(Boolean).join(' ') || undefined;

/** A list of records, one row each, with Edit and Remove at the end of every row. */
export function EditableTable<Row extends { id: number }>({
  caption,
  rows,
  columns: [first, ...rest],
  actions,
  className,
  rowClassName,
}: EditableTableProps<Row>) {
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
          {actions && (
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
            {actions && (
              <td className="table__actions">
                <Button onPress={() => actions.onEdit(row)} aria-label={actions.editLabel(row)}>
                  {t('common.edit')}
                </Button>
                {actions.remove(row)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
