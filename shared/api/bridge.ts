// What the Electron preload puts on `window.circlekeeper`: the API's one door, nothing else.
import type { ApiResult } from './errors';

export interface CirclekeeperBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}
