import Papa from 'papaparse';

// One CSV writer for every export (volunteer hours now; volunteers, groups and sessions next).
// The file is for spreadsheets run by people who are not technical, on old Excel and LibreOffice.

/** One column of an export: its header in the UI language and how a row fills it. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

/**
 * A cell a spreadsheet would read as a formula (OWASP "CSV injection"): =, +, -, @, tab or CR
 * first, and their full-width forms, which Excel also accepts. papaparse's own `true` pattern
 * ends with `.*$`, which misses a formula followed by a line break, so the pattern is given here.
 * Such a cell is written with a leading apostrophe: the spreadsheet shows it as text.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Excel reads a CSV as the PC's legacy code page unless the file starts with a UTF-8 BOM. */
export const UTF8_BOM = '\uFEFF';

/**
 * The rows as CSV text: a header line, then one line per row, CRLF between lines (RFC 4180),
 * quotes where needed, formula-like text cells escaped, and a UTF-8 BOM first so accents open
 * correctly. Numbers are written as numbers (a negative number is not a formula).
 */
export function writeCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  // Arrays, not objects: papaparse turns `{ fields, data: [] }` into a header and a blank row.
  const lines = [
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => column.value(row) ?? '')),
  ];
  const csv = Papa.unparse(lines, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return UTF8_BOM + csv;
}
