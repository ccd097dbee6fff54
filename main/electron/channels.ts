// The one IPC channel between the preload and main: every API call goes through it.
export const CALL_CHANNEL = 'circlekeeper:call';
