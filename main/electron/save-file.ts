// Saving a PDF or a CSV from the page to a file the person picks (issue 11), as plain functions:
// the page's request is checked, the suggested name is made safe for every OS, and the file is
// written whole or not at all. print-ipc.ts wires these to Electron's dialog and printToPDF.
import path from 'node:path';
import type { SaveFileRequest, SaveOutcome, SavePdfRequest } from '../../shared/api/bridge';
import { PAPER_SIZES } from '../../shared/print/printables';
import { writeFileAtomic } from '../vault/atomic-file';

/** What the page may save as a file, and how the save dialog names it. */
export const SAVE_FILE_TYPES = {
  'text/csv;charset=utf-8': { extension: 'csv', filterName: 'CSV' },
  'text/calendar;charset=utf-8': { extension: 'ics', filterName: 'iCalendar' },
  'application/json;charset=utf-8': { extension: 'json', filterName: 'JSON' },
} as const;
export type SaveFileMime = keyof typeof SAVE_FILE_TYPES;

/** Far above any export (the hours CSV of a large centre is ~100 kB); refuses a runaway page. */
export const MAX_SAVE_FILE_CHARS = 20_000_000;
const MAX_NAME_CHARS = 120;
// Windows refuses these as file names whatever the extension ("CON.pdf" included).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const FORBIDDEN_CHARS = '\\/:*?"<>|';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseSavePdfRequest(value: unknown): SavePdfRequest | null {
  if (!isRecord(value) || typeof value.suggestedName !== 'string') return null;
  const paper = PAPER_SIZES.find((size) => size === value.paper);
  return paper ? { suggestedName: value.suggestedName, paper } : null;
}

export function parseSaveFileRequest(value: unknown): SaveFileRequest | null {
  if (!isRecord(value) || typeof value.suggestedName !== 'string') return null;
  if (typeof value.text !== 'string' || value.text.length > MAX_SAVE_FILE_CHARS) return null;
  if (typeof value.mime !== 'string' || !Object.hasOwn(SAVE_FILE_TYPES, value.mime)) return null;
  return { suggestedName: value.suggestedName, text: value.text, mime: value.mime as SaveFileMime };
}

/**
 * A file name every OS accepts, ending in `.extension`: no folders (the page never chooses
 * where), no control or reserved characters, no hidden file, no Windows device name.
 */
export function safeFileName(suggested: string, extension: string): string {
  const suffix = `.${extension}`;
  let base = [...suggested]
    .map((char) => (char < ' ' || char === '\u007f' || FORBIDDEN_CHARS.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (base.toLowerCase().endsWith(suffix)) base = base.slice(0, -suffix.length);
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  base = base
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME_CHARS)
    .trim();
  if (!base || WINDOWS_RESERVED.test(base)) base = `Circlekeeper${base ? ` ${base}` : ''}`;
  return `${base}${suffix}`;
}

export interface SaveSteps {
  /** The save dialog: the chosen path, or undefined when the person cancels. */
  chooseFile(): Promise<string | undefined>;
  /** What goes in the file (printToPDF, or the page's text), made only once a file is chosen. */
  render(): Promise<Buffer | string>;
  /** Defaults to the atomic write: temp file, fsync, rename; nothing half-written is left. */
  write?(file: string, content: Buffer | string): void;
}

/**
 * Dialog, content, atomic write, and the outcome the page shows. Never throws and never tells
 * the page the path (the page is not trusted with the file system's layout).
 */
export async function saveToChosenFile(steps: SaveSteps): Promise<SaveOutcome> {
  try {
    const file = await steps.chooseFile();
    if (!file) return 'cancelled';
    const content = await steps.render();
    (steps.write ?? writeFileAtomic)(path.resolve(file), content);
    return 'saved';
  } catch {
    return 'failed';
  }
}
