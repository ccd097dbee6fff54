// English messages of the 'sessions' block (issue 10). Spread into en.ts.
export const sessions = {} as const;
