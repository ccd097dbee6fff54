import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Button } from './Button';
import { RecordTable, type RecordTableProps } from './RecordTable';

export interface RowActions<Row> {
  onEdit: (row: Row) => void;
  /** "Edit Main hall": which row's Edit button this is, for screen readers. */
  editLabel: (row: Row) => string;
  /** The row's remove (delete, retire) button, which asks first. */
  remove: (row: Row) => ReactNode;
}

interface EditableTableProps<Row extends { id: number }> extends Omit<
  RecordTableProps<Row>,
  'rowActions'
> {
  /** Absent for roles that may not change the rows: no actions column. */
  actions?: RowActions<Row>;
}

/** A list of records with Edit and Remove at the end of every row. */
export function EditableTable<Row extends { id: number }>({
  actions,
  ...table
}: EditableTableProps<Row>) {
  const { t } = useTranslation();
  const rowActions =
    actions &&
    ((row: Row) => (
      <>
        <Button onPress={() => actions.onEdit(row)} aria-label={actions.editLabel(row)}>
          {t('common.edit')}
        </Button>
        {actions.remove(row)}
      </>
    ));
  return <RecordTable {...table} rowActions={rowActions} />;
}
