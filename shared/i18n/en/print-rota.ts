// English messages of the 'printRota' block (issue 11). Spread into en.ts.
export const printRota = {} as const;
