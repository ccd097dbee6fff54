/** Column headers for the right-aligned figure columns of a funder table. */
export function NumberHeaders({ labels }: { labels: readonly string[] }) {
  return labels.map((label) => (
    <th key={label} scope="col" className="funder-table__number">
      {label}
    </th>
  ));
}

/** The figures of one row, already formatted, in the columns `NumberHeaders` named. */
export function NumberCells({ values }: { values: readonly string[] }) {
  return values.map((value, index) => (
    <td key={index} className="funder-table__number">
      {value}
    </td>
  ));
}
