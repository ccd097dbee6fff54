// What the Electron preload puts on `window.circlekeeper`: the API's one door, and a way to show
// a web link in the OS browser (main checks it is http(s) first).
import type { ApiResult } from './errors';

export interface CirclekeeperBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Opens an http(s) link in the OS web browser; false when refused or it failed. */
  openExternal(url: string): Promise<boolean>;
}
