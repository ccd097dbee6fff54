// English messages of the 'printSession' block (issue 11). Spread into en.ts.
export const printSession = {} as const;
