// English messages of the 'printLists' block (issue 11). Spread into en.ts.
export const printLists = {} as const;
