// Runs in the sandboxed preload: the page gets `window.circlekeeper.call` and `openExternal`
// and nothing else — no ipcRenderer, no event emitters, no Node. Bundled to CommonJS, so it imports only electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { CirclekeeperBridge } from '../../shared/api/bridge';
import { CALL_CHANNEL, OPEN_EXTERNAL_CHANNEL } from './channels';

const bridge: CirclekeeperBridge = {
  call: (method, input) => ipcRenderer.invoke(CALL_CHANNEL, method, input),
  openExternal: (url) => ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url),
};

contextBridge.exposeInMainWorld('circlekeeper', bridge);
