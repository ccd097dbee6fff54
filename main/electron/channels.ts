// The IPC channels between the preload and main: every API call goes through the first.
export const CALL_CHANNEL = 'circlekeeper:call';
/** Asks main to open an http(s) link in the OS web browser. */
export const OPEN_EXTERNAL_CHANNEL = 'circlekeeper:open-external';
