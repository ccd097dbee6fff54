import Papa from 'papaparse';

// Reads the CSV files spreadsheets really write (issue 12): UTF-8 with or without a BOM, or the
// Windows-1252 of older Excel; `,`, `;` (Spanish and French Excel) or tab between cells; CRLF;
// quoted commas and line breaks. Pure: the renderer and the CLI both hand it the file's bytes.

/** One line of the sheet below the header, numbered as the spreadsheet shows it (header = 1). */
export interface CsvRecord {
  rowNumber: number;
  cells: string[];
}

export interface CsvSheet {
  header: string[];
  records: CsvRecord[];
}

const DELIMITERS = [',', ';', '\t'];

/**
 * The file's text. A file that is not valid UTF-8 was written by Excel in the PC's legacy code
 * page: Windows-1252 covers the Western European languages it is in practice.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    // TextDecoder drops a leading BOM by itself (ignoreBOM is false by default).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The separator the header line uses most. papaparse's own guess wants two or more columns on
 * average over the lines it samples, which a two-column file with a trailing empty line misses.
 */
function guessDelimiter(text: string): string {
  const headerLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = DELIMITERS.map((d) => headerLine.split(d).length - 1);
  const most = Math.max(...counts);
  return most > 0 ? DELIMITERS[counts.indexOf(most)]! : ',';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The header and the non-empty lines under it; empty lines still count in the row numbers. */
export function parseCsvText(text: string): CsvSheet {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
  });
  const lines = parsed.data;
  const headerIndex = lines.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { header: [], records: [] };
  const header = lines[headerIndex]!.map((cell) => cell.trim());
  const records = lines
    .map((cells, index) => ({ rowNumber: index + 1, cells }))
    .slice(headerIndex + 1)
    .filter((record) => !isBlank(record.cells));
  return { header, records };
}

export function readCsv(bytes: Uint8Array): CsvSheet {
  return parseCsvText(decodeCsvBytes(bytes));
}
