// English messages of the 'sessionRecord' block (issue 10). Spread into en.ts.
export const sessionRecord = {} as const;
