// The print, Save as PDF and save-a-file doors (issue 11), thin over save-file.ts: only the main
// window's own page may use them, printing always shows the system dialog, and files go where
// the person chooses in a save dialog (Documents to start with).
import path from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  type BrowserWindow,
  type FileFilter,
  type IpcMainInvokeEvent,
} from 'electron';
import type { SaveOutcome } from '../../shared/api/bridge';
import { PRINT_CHANNEL, SAVE_FILE_CHANNEL, SAVE_PDF_CHANNEL } from './channels';
import {
  parseSaveFileRequest,
  parseSavePdfRequest,
  safeFileName,
  SAVE_FILE_TYPES,
  saveToChosenFile,
} from './save-file';

interface PrintDoors {
  /** The main window, when the IPC message comes from its main frame; null otherwise. */
  trustedWindow(event: IpcMainInvokeEvent): BrowserWindow | null;
}

function documentsFolder(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops have no Documents folder: the dialog then opens where it likes.
    return undefined;
  }
}

async function chooseFile(
  win: BrowserWindow,
  fileName: string,
  filter: FileFilter,
): Promise<string | undefined> {
  const folder = documentsFolder();
  const result = await dialog.showSaveDialog(win, {
    defaultPath: folder ? path.join(folder, fileName) : fileName,
    filters: [filter],
    // Linux asks before replacing a file only when told to (Windows and macOS always do).
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  return result.canceled ? undefined : result.filePath;
}

function printWithDialog(win: BrowserWindow): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      win.webContents.print({ silent: false, printBackground: true }, (success) =>
        resolve(success),
      );
    } catch {
      resolve(false);
    }
  });
}

async function savePdf(win: BrowserWindow, request: unknown): Promise<SaveOutcome> {
  const valid = parseSavePdfRequest(request);
  if (!valid) return 'failed';
  return saveToChosenFile({
    chooseFile: () =>
      chooseFile(win, safeFileName(valid.suggestedName, 'pdf'), {
        name: 'PDF',
        extensions: ['pdf'],
      }),
    render: () =>
      win.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        pageSize: valid.paper,
      }),
  });
}

async function saveFile(win: BrowserWindow, request: unknown): Promise<SaveOutcome> {
  const valid = parseSaveFileRequest(request);
  if (!valid) return 'failed';
  const { extension, filterName } = SAVE_FILE_TYPES[valid.mime];
  return saveToChosenFile({
    chooseFile: () =>
      chooseFile(win, safeFileName(valid.suggestedName, extension), {
        name: filterName,
        extensions: [extension],
      }),
    render: async () => valid.text,
  });
}

export function handlePrintDoors({ trustedWindow }: PrintDoors): void {
  ipcMain.handle(PRINT_CHANNEL, (event) => {
    const win = trustedWindow(event);
    return win ? printWithDialog(win) : false;
  });
  ipcMain.handle(SAVE_PDF_CHANNEL, (event, request: unknown) => {
    const win = trustedWindow(event);
    return win ? savePdf(win, request) : 'failed';
  });
  ipcMain.handle(SAVE_FILE_CHANNEL, (event, request: unknown) => {
    const win = trustedWindow(event);
    return win ? saveFile(win, request) : 'failed';
  });
}
