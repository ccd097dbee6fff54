// Runs in the sandboxed preload: the page gets `window.circlekeeper` (the API call, a web link,
// print, save as PDF, save a file) and nothing else — no ipcRenderer, no event emitters, no Node.
// Bundled to CommonJS, so it imports only electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { CirclekeeperBridge } from '../../shared/api/bridge';
import {
  CALL_CHANNEL,
  OPEN_EXTERNAL_CHANNEL,
  PRINT_CHANNEL,
  SAVE_FILE_CHANNEL,
  SAVE_PDF_CHANNEL,
} from './channels';

const bridge: CirclekeeperBridge = {
  call: (method, input) => ipcRenderer.invoke(CALL_CHANNEL, method, input),
  openExternal: (url) => ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url),
  print: () => ipcRenderer.invoke(PRINT_CHANNEL),
  savePdf: (request) => ipcRenderer.invoke(SAVE_PDF_CHANNEL, request),
  saveFile: (request) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, request),
};

contextBridge.exposeInMainWorld('circlekeeper', bridge);
