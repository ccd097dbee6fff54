import { readCsv, type CsvSheet } from '../../shared/csv/read-csv';
import type { MessageParams } from '../../shared/api/errors';
import { MAX_IMPORT_ROWS } from '../../shared/domain/volunteer-import';

/** Far more than 5,000 volunteers take: a bigger file is a photo, a database or the wrong list. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileReading =
  { ok: true; sheet: CsvSheet } | { ok: false; messageKey: string; params?: MessageParams };

const refused = (messageKey: string, params?: MessageParams): FileReading => ({
  ok: false,
  messageKey,
  ...(params ? { params } : {}),
});

/**
 * A text file never holds a NUL byte; a saved .xlsx (a zip), a PDF or a photo does at once.
 * Windows-1252 decodes any byte, so without this a workbook would "read" as one garbled column.
 */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** The sheet in a chosen file's bytes, or why it cannot be imported. */
export function sheetFromBytes(bytes: Uint8Array): FileReading {
  if (bytes.length === 0) return refused('importScreen.choose.empty');
  if (looksBinary(bytes)) return refused('importScreen.choose.notText');
  const sheet = readCsv(bytes);
  if (sheet.header.length === 0) return refused('importScreen.choose.empty');
  if (sheet.records.length === 0) return refused('importCsv.noRows');
  if (sheet.records.length > MAX_IMPORT_ROWS) {
    return refused('importCsv.tooManyRows', {
      rows: sheet.records.length,
      maximum: MAX_IMPORT_ROWS,
    });
  }
  return { ok: true, sheet };
}

/** Reads a file the person chose; it stays in this page, never sent or stored anywhere. */
export async function readChosenFile(file: Blob): Promise<FileReading> {
  if (file.size > MAX_FILE_BYTES) {
    return refused('importScreen.choose.tooBig', { megabytes: MAX_FILE_BYTES / 1024 / 1024 });
  }
  try {
    return sheetFromBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    // The file went away (a USB stick pulled out) or cannot be decoded at all.
    return refused('importScreen.choose.unreadable');
  }
}
