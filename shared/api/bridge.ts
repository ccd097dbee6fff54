// What the Electron preload puts on `window.circlekeeper`: the API's one door, and a way to show
// a web link in the OS browser (main checks it is http(s) first).
import type { PaperSize } from '../print/printables';
import type { ApiResult } from './errors';

export interface CirclekeeperBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Opens an http(s) link in the OS web browser; false when refused or it failed. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Electron only (the browser host uses `window.print()`): the system print dialog for this
   * window's page, never silent. Resolves when the dialog closes: false when cancelled or failed.
   */
  print?(): Promise<boolean>;
  /**
   * Electron only: the page through `printToPDF`, written to a file the person picks in a save
   * dialog. The path never comes back to the page.
   */
  savePdf?(request: SavePdfRequest): Promise<SaveOutcome>;
  /**
   * Electron only (it cancels downloads; the browser host downloads a Blob): text such as a CSV
   * export, written to a file the person picks in a save dialog. The path never comes back.
   */
  saveFile?(request: SaveFileRequest): Promise<SaveOutcome>;
}

export interface SavePdfRequest {
  suggestedName: string;
  paper: PaperSize;
}

export interface SaveFileRequest {
  suggestedName: string;
  text: string;
  /** One of the types main accepts (save-file.ts). */
  mime: 'text/csv;charset=utf-8' | 'text/calendar;charset=utf-8' | 'application/json;charset=utf-8';
}

/** Written whole; cancelled in the dialog (nothing written); or failed (nothing written). */
export type SaveOutcome = 'saved' | 'cancelled' | 'failed';
