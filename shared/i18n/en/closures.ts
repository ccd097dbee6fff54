// English messages of the 'closures' block (issue 10). Spread into en.ts.
export const closures = {} as const;
