// What the Electron preload puts on `window.circlekeeper`: the API's one door, and a way to show
// a web link in the OS browser (main checks it is http(s) first).
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
  savePdf?(request: { suggestedName: string; paper: 'A4' | 'Letter' }): Promise<SavePdfOutcome>;
}

export type SavePdfOutcome = 'saved' | 'cancelled' | 'failed';
