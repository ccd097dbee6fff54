import type { ReactNode } from 'react';
import { usePrint } from '../print-context';

interface StaffTableProps {
  /** `rota-table` or `contacts-table`: the column widths are `<block>__col--<column>`. */
  block: string;
  columns: readonly string[];
  /** Where the column names are: `printRota.rota.columns` or `printRota.contacts.columns`. */
  labels: string;
  /** The line above the column names (the week, the confidentiality line). */
  banner: ReactNode;
  bannerClassName: string;
  children: ReactNode;
}

/**
 * A long staff table. Its header, the banner line and the column names, repeats at the top of
 * every page the table runs over (printables.css), so a page read alone still says what it is.
 */
export function StaffTable({
  block,
  columns,
  labels,
  banner,
  bannerClassName,
  children,
}: StaffTableProps) {
  const { t } = usePrint();
  return (
    <table className={block}>
      <colgroup>
        {columns.map((column) => (
          <col key={column} className={`${block}__col--${column}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th colSpan={columns.length} scope="colgroup" className={bannerClassName}>
            {banner}
          </th>
        </tr>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`${labels}.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
