// English messages of the 'printGroup' block (issue 11). Spread into en.ts.
export const printGroup = {} as const;
